import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/template-schema';
import { cleanText } from '@/lib/text/clean-text';

const base: Template = {
  id: 'p',
  name: 'Property',
  category: 'other',
  language: 'en',
  subject: '',
  body: '',
  fields: [
    { id: 'a', label: 'A', kind: 'text', default: '' },
    { id: 'when', label: 'When', kind: 'date', default: 'today' },
  ],
};

// Strings that try hard to be something else: markup, scripts, template syntax, odd unicode.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>document.title="pwned"</script>',
    '{{a}}',
    '{{',
    '}}',
    '{{{{a}}}}',
    '\u0000\u202e',
    '&lt;b&gt;',
    "'; DROP TABLE --",
  ),
);

const context = (client: { name: string; email: string } | undefined, today: Date): RenderContext => ({
  client,
  me: { name: 'Jane', signature: '' },
  threadSubject: '<b>subject</b>',
  today,
  week: { workDays: [1, 2, 3, 4, 5], daysOff: [] },
});

describe('rendering properties', () => {
  it('never throws on any template text, any field values and any context', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.dictionary(fc.string(), nasty),
        fc.option(fc.record({ name: nasty, email: nasty }), { nil: undefined }),
        fc.date({ noInvalidDate: true }),
        fc.constantFrom('en' as const, 'fr' as const),
        (subject, body, values, client, today, language) => {
          const rendered = renderTemplate({ ...base, subject, body, language }, context(client, today), values);
          expect(typeof rendered.subject).toBe('string');
          expect(typeof rendered.body).toBe('string');
        },
      ),
    );
  });

  it('yields the user’s values as text, never interpreted or escaped, only without invisible characters', () => {
    const piece = fc.oneof(
      fc
        .string()
        .filter((s) => !s.includes('{{') && !s.includes('}}') && !s.endsWith('{') && !s.startsWith('}'))
        .map((text) => ({ text })),
      fc.constant({ field: 'a' as const }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), nasty, (pieces, value) => {
        const body = pieces.map((p) => ('text' in p ? p.text : '{{a}}')).join('');
        fc.pre(body.length > 0);
        const expected = pieces.map((p) => ('text' in p ? p.text : cleanText(value))).join('');
        const { body: rendered } = renderTemplate({ ...base, body }, context(undefined, new Date(2026, 10, 25)), {
          a: value,
        });
        expect(rendered).toBe(expected);
      }),
    );
  });

  it('renders a date field with any value without throwing, as a date or as typed', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        const { body } = renderTemplate({ ...base, body: '{{when}}' }, context(undefined, new Date(2026, 10, 25)), {
          when: value,
        });
        expect(typeof body).toBe('string');
      }),
    );
  });
});
