import { z } from 'zod';
import { templateFormalities, templateLanguages } from '@/lib/templates/template';

// What the VA agreed with a client, kept on the client record so that every message fills from it
// (`{{client.rate}}`, `{{client.noticePeriod}}`...). Every key is optional: a client recorded
// before the card existed, or a backup made then, still reads. The weekly hours cap is not here:
// it is the Hours feature's per-client weekly limit (settings.hours.byClient), kept in one place.
export const agreementSchema = z.strictObject({
  /** The language to write to them in, whatever the thread's. */
  language: z.enum(templateLanguages).optional(),
  /** In French, "tu" or "vous" (vous when unset). */
  formality: z.enum(templateFormalities).optional(),
  /** The opening line's greeting, without the comma ("Dear Mr Ellison", "Salut Marie"); empty: "Hi" / "Bonjour" and the first name. */
  greeting: z.string().trim().max(120).optional(),
  /** As written in messages ("€45 an hour", "450 € par mois"). */
  rate: z.string().trim().max(120).optional(),
  /** As written in messages ("two weeks", "un mois"). */
  noticePeriod: z.string().trim().max(120).optional(),
});
export type ClientAgreement = z.infer<typeof agreementSchema>;
