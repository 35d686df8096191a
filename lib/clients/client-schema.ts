import { z } from 'zod';
import {
  ADDRESS_PATTERN,
  MAX_ADDRESS_LENGTH,
  MAX_NAME_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_SUBJECT_LENGTH,
} from '@/lib/text/limits';
import { agreementSchema } from './agreement';
import { clientStatuses, severities, warningSigns } from './client';

// The shapes of clients and flags, checked in the background when written and when read back;
// strict, so a key Leeway does not know is refused rather than silently dropped.
const email = z.string().trim().toLowerCase().max(MAX_ADDRESS_LENGTH).regex(ADDRESS_PATTERN, 'an email address');
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'a domain such as northwind.com');

/** How many addresses and domains one client can be known by. */
export const CLIENT_LIMITS = { addresses: 50, domains: 10 } as const;

export const clientSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  status: z.enum(clientStatuses),
  addresses: z.array(email).max(CLIENT_LIMITS.addresses),
  domains: z.array(domain).max(CLIENT_LIMITS.domains),
  /** What was agreed with them; absent on clients recorded before the card existed. */
  agreement: agreementSchema.optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const flagSchema = z.strictObject({
  id: z.string().min(1),
  clientId: z.string().min(1),
  signs: z.array(z.enum(warningSigns)).min(1, 'at least one warning sign').max(warningSigns.length),
  severity: z.enum(severities),
  note: z.string().max(5000),
  /** The client's own words, selected in their message (optional: older flags have none). */
  quote: z.string().max(MAX_QUOTE_LENGTH).optional(),
  /** The thread the sign was seen in, as evidence. */
  thread: z.strictObject({
    id: z.string().max(64).optional(),
    subject: z.string().max(MAX_SUBJECT_LENGTH),
  }),
  at: z.number(),
  updatedAt: z.number(),
});
export type Client = z.infer<typeof clientSchema>;
export type Flag = z.infer<typeof flagSchema>;

/** What a flag says: the signs, how grave, and a note. */
export const flagInputSchema = z.strictObject({
  signs: flagSchema.shape.signs,
  severity: flagSchema.shape.severity,
  note: flagSchema.shape.note,
  quote: flagSchema.shape.quote,
  /** When the sign was seen, when not today (a flag noted late); never in the future (the repo checks). */
  at: z.number().int().min(0).optional(),
});
export type FlagInput = z.infer<typeof flagInputSchema>;

export const addressSchema = email;
export const domainSchema = domain;
