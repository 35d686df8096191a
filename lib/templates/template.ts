export const templateLanguages = ['en', 'fr'] as const;
export type TemplateLanguage = (typeof templateLanguages)[number];

/** The hard moments of product.md, in the order the picker shows them. */
export const templateCategories = [
  'delay',
  'clarification',
  'refusal',
  'scope',
  'boundary',
  'interruption',
  'handoff',
  'ending',
  'other',
] as const;
export type TemplateCategory = (typeof templateCategories)[number];
