import type { TemplateCategory, TemplateLanguage } from './template';
import type { Template } from './template-schema';

/** Lowercase without accents, so "delai" finds "délai". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface TemplateFilter {
  query: string;
  category?: TemplateCategory;
  language: TemplateLanguage;
}

/** Templates of the language and category asked for whose name or text hold every word typed. */
export function filterTemplates<T extends Template>(
  templates: T[],
  filter: TemplateFilter,
  categoryLabel: (c: TemplateCategory) => string,
): T[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    if (template.language !== filter.language) return false;
    if (filter.category && template.category !== filter.category) return false;
    const haystack = fold(`${template.name} ${categoryLabel(template.category)} ${template.subject} ${template.body}`);
    return words.every((word) => haystack.includes(word));
  });
}
