import { z } from 'zod';
import { addressSchema } from '@/lib/clients/client-schema';
import { templateLanguages } from '@/lib/templates/template';
import { MAX_NAME_LENGTH } from '@/lib/text/limits';

// A trusted colleague who can take over when the user is out; checked in the background when
// written and read back. The pages import only the type.
export const colleagueInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'a name').max(MAX_NAME_LENGTH),
  email: addressSchema,
  /** What they can cover (inbox, calendar, invoicing...), in the user's words. */
  covers: z.string().trim().max(500),
  languages: z
    .array(z.enum(templateLanguages))
    .max(templateLanguages.length)
    .refine((languages) => new Set(languages).size === languages.length, 'each language once'),
});

export const colleagueSchema = z.strictObject({
  id: z.string().min(1).max(100),
  ...colleagueInputSchema.shape,
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** A short list: the people one would actually call. */
export const MAX_COLLEAGUES = 20;

export type ColleagueInput = z.infer<typeof colleagueInputSchema>;
export type Colleague = z.infer<typeof colleagueSchema>;
