export const templateLanguages = ['en', 'fr'] as const;
export type TemplateLanguage = (typeof templateLanguages)[number];

/** How a French message addresses the client; a template without one suits both. */
export const templateFormalities = ['vous', 'tu'] as const;
export type TemplateFormality = (typeof templateFormalities)[number];

/** The hard moments of product.md, in the order the picker shows them. */
export const templateCategories = [
  'delay',
  'clarification',
  'refusal',
  'reschedule',
  'scope',
  'recap',
  'boundary',
  'interruption',
  'handoff',
  'ending',
  'other',
] as const;
export type TemplateCategory = (typeof templateCategories)[number];
