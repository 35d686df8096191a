import { z } from 'zod';
import { templateCategories, templateLanguages } from './template';

// The shapes of templates, checked when one is saved or read back (in the background and on
// the options page); the content scripts only import the types, so zod stays out of Gmail.
const fieldId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'a field id is a letter followed by letters, digits or _ (40 at most)');

/** A blank the user fills in before inserting: asked in the sidebar, with a default in place. */
const templateFieldSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: fieldId,
    label: z.string().min(1).max(80),
    kind: z.literal('text'),
    default: z.string().max(500).default(''),
  }),
  z.strictObject({
    id: fieldId,
    label: z.string().min(1).max(80),
    kind: z.literal('longtext'),
    default: z.string().max(5000).default(''),
  }),
  z.strictObject({
    id: fieldId,
    label: z.string().min(1).max(80),
    kind: z.literal('choice'),
    options: z.array(z.string().min(1).max(200)).min(1).max(20),
    default: z.string().max(200).default(''),
  }),
  // The default is a date expression ("today + 2 working days", "next monday").
  z.strictObject({
    id: fieldId,
    label: z.string().min(1).max(80),
    kind: z.literal('date'),
    default: z.string().max(60).default('today'),
  }),
]);
export type TemplateField = z.infer<typeof templateFieldSchema>;
export type TemplateFieldKind = TemplateField['kind'];

export const templateSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: z.string().trim().min(1).max(120),
  category: z.enum(templateCategories),
  language: z.enum(templateLanguages),
  subject: z.string().max(300),
  body: z.string().min(1).max(20_000),
  fields: z.array(templateFieldSchema).max(20),
});
export type Template = z.infer<typeof templateSchema>;
