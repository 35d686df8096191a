import { describe, expect, it } from 'vitest';
import { parseTemplate } from '@/lib/templates/parse';
import { describeTemplateProblems, findTemplateProblems } from '@/lib/templates/validate';

describe('parseTemplate', () => {
  it('splits text and placeholders, with their positions', () => {
    expect(parseTemplate('Hi {{ client.firstName }},\nsee {{deadline}}.')).toEqual({
      parts: [
        { kind: 'text', text: 'Hi ' },
        { kind: 'placeholder', name: 'client.firstName', token: '{{ client.firstName }}', line: 1, column: 4 },
        { kind: 'text', text: ',\nsee ' },
        { kind: 'placeholder', name: 'deadline', token: '{{deadline}}', line: 2, column: 5 },
        { kind: 'text', text: '.' },
      ],
      errors: [],
    });
  });

  it('reports a placeholder left open, with its line and column', () => {
    const { errors, parts } = parseTemplate('Hello\nsee you {{deadline\nthanks');
    expect(errors).toEqual([{ code: 'unclosed', token: '{{deadline', line: 2, column: 9 }]);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : p.token)).join('')).toBe('Hello\nsee you {{deadline\nthanks');
  });

  it('reports a `{{` opened inside another', () => {
    expect(parseTemplate('a {{b {{c}}').errors).toEqual([{ code: 'unclosed', token: '{{b {{c}}', line: 1, column: 3 }]);
  });

  it('reports a stray `}}` and an empty placeholder', () => {
    expect(parseTemplate('x }} y\n{{ }}').errors).toEqual([
      { code: 'unopened', token: '}}', line: 1, column: 3 },
      { code: 'empty', token: '{{ }}', line: 2, column: 1 },
    ]);
  });
});

describe('findTemplateProblems', () => {
  const fields = [{ id: 'deadline', label: 'Deadline', kind: 'date' as const, default: 'today + 2 working days' }];

  it('accepts built-in variables, fields and date expressions', () => {
    const body =
      '{{client.firstName}} {{client.name}} {{client.email}} {{me.name}} {{me.signature}} {{today}} {{thread.subject}} {{deadline}} {{next monday}}';
    expect(findTemplateProblems({ subject: '{{thread.subject}}', body, fields })).toEqual([]);
  });

  it('names an unknown variable and its line', () => {
    const problems = findTemplateProblems({ subject: '', body: 'Hi {{client.firstName}},\n\nBy {{dedline}}.', fields });
    expect(problems).toEqual([{ code: 'unknown', where: 'body', token: '{{dedline}}', line: 3, column: 4 }]);
    expect(describeTemplateProblems(problems)).toBe('body line 3, column 4: unknown variable {{dedline}}');
  });

  it('reports syntax errors in the subject too', () => {
    expect(findTemplateProblems({ subject: 'About {{task', body: 'x', fields: [] })).toEqual([
      { code: 'unclosed', where: 'subject', token: '{{task', line: 1, column: 7 },
    ]);
  });

  it('checks the fields: duplicates, date defaults, choice defaults', () => {
    const problems = findTemplateProblems({
      subject: '',
      body: 'x',
      fields: [
        { id: 'a', label: 'A', kind: 'text', default: '' },
        { id: 'a', label: 'A again', kind: 'date', default: 'someday' },
        { id: 'c', label: 'C', kind: 'choice', options: ['yes', 'no'], default: 'maybe' },
      ],
    });
    expect(problems.map((p) => [p.code, p.token])).toEqual([
      ['duplicate-field', 'a'],
      ['bad-date-default', 'someday'],
      ['bad-choice-default', 'maybe'],
    ]);
  });
});
