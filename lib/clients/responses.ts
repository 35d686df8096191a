import type { TemplateCategory } from '@/lib/templates/template';
import type { WarningSign } from './client';

/**
 * What to do about a sign, rather than only that it was seen: each sign has its own answer,
 * in the order a card lists them.
 */
export const responses = ['recap', 'feedback-meeting', 'rate-talk', 'scope-talk', 'boundary'] as const;
export type Response = (typeof responses)[number];

/** The sign-to-response table: the one place that says which answer fits which sign. */
export const RESPONSE_OF_SIGN: Record<WarningSign, Response> = {
  // Decisions that move: a written recap, signed off, is the record to point back to.
  'changing-instructions': 'recap',
  'reversal-after-signoff': 'recap',
  'decisions-without-you': 'recap',
  'late-information': 'recap',
  // Criticism without substance: ask for a feedback meeting, with an agenda.
  'criticism-without-feedback': 'feedback-meeting',
  denigration: 'feedback-meeting',
  'meetings-off-topic': 'feedback-meeting',
  // The terms of the work: talk about the rate, or about the scope and the deadlines.
  'late-payment': 'rate-talk',
  'scope-creep': 'scope-talk',
  'unrealistic-deadlines': 'scope-talk',
  // Private time: remind them of your working hours.
  'out-of-hours-demands': 'boundary',
  'private-time-remarks': 'boundary',
};

/**
 * The message each answer starts from. No default template is a feedback-meeting request yet:
 * a clarification request is the nearest (it asks for a written answer).
 */
export const RESPONSE_TEMPLATE: Record<Response, TemplateCategory> = {
  recap: 'recap',
  'feedback-meeting': 'clarification',
  'rate-talk': 'scope',
  'scope-talk': 'scope',
  boundary: 'boundary',
};

/** The answers the signs call for, the most called-for first (ties in the table's order). */
export function responsesFor(signs: readonly WarningSign[]): Response[] {
  const counts = new Map<Response, number>();
  for (const sign of signs) {
    const response = RESPONSE_OF_SIGN[sign];
    counts.set(response, (counts.get(response) ?? 0) + 1);
  }
  return [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || responses.indexOf(a) - responses.indexOf(b),
  );
}
