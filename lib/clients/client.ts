/** The warning signs of a demanding client (product.md), in the order the flag form lists them. */
export const warningSigns = [
  'changing-instructions',
  'reversal-after-signoff',
  'decisions-without-you',
  'criticism-without-feedback',
  'private-time-remarks',
  'denigration',
  'meetings-off-topic',
  'out-of-hours-demands',
  'unrealistic-deadlines',
  'scope-creep',
  'late-information',
  'late-payment',
] as const;
export type WarningSign = (typeof warningSigns)[number];

export const severities = ['low', 'medium', 'high'] as const;
export type Severity = (typeof severities)[number];

export const clientStatuses = ['active', 'watch', 'ended'] as const;
export type ClientStatus = (typeof clientStatuses)[number];
