import { describe, expect, it } from 'vitest';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/template-schema';
import { findTemplateProblems } from '@/lib/templates/validate';

const context: RenderContext = {
  client: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
  me: { name: 'Jane Doe', signature: 'Jane Doe' },
  today: new Date(2026, 10, 26),
  week: { workDays: [1, 2, 3, 4, 5], daysOff: [] },
  colleagues: [
    { name: 'Ben Carter', email: 'ben@carter.co', languages: ['en'] },
    { name: 'Nadia Roux', email: 'nadia@roux-assist.fr', languages: ['fr', 'en'] },
  ],
};
const handOff = (language: 'en' | 'fr'): Template => ({
  id: `custom-handoff-${language}`,
  name: 'Hand-off',
  category: 'other',
  language,
  subject: 'Cover: {{colleague.name}}',
  body: 'While I am out, {{colleague.name}} ({{colleague.email}}) takes over.',
  fields: [],
});

describe('the colleague variables', () => {
  it('are known to the template checks', () => {
    expect(findTemplateProblems(handOff('en'))).toEqual([]);
  });

  it('name the first colleague who writes the template language, or the one the user picks', () => {
    const fr = handOff('fr');
    expect(renderTemplate(fr, context, defaultFieldValues(fr, context)).body).toBe(
      'While I am out, Nadia Roux (nadia@roux-assist.fr) takes over.',
    );
    const en = handOff('en');
    expect(renderTemplate(en, context, defaultFieldValues(en, context)).subject).toBe('Cover: Ben Carter');
    const picked = {
      ...defaultFieldValues(en, context),
      'colleague.name': 'Nadia Roux',
      'colleague.email': 'nadia@roux-assist.fr',
    };
    expect(renderTemplate(en, context, picked).body).toContain('Nadia Roux (nadia@roux-assist.fr)');
  });

  it('are empty with no colleague known, and one line whatever is typed', () => {
    const en = handOff('en');
    const none = { ...context, colleagues: [] };
    expect(renderTemplate(en, none, defaultFieldValues(en, none)).body).toBe('While I am out,  () takes over.');
    const typed = { ...defaultFieldValues(en, none), 'colleague.name': 'Ann\nSmith' };
    expect(renderTemplate(en, none, typed).subject).toBe('Cover: Ann Smith');
  });
});
