import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '@/lib/templates/defaults';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/template-schema';
import { templateSchema } from '@/lib/templates/template-schema';
import { findTemplateProblems } from '@/lib/templates/validate';
import { firstNameOf } from '@/lib/templates/variables';

const context: RenderContext = {
  client: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
  me: { name: 'Jane Doe', signature: 'Jane Doe\nVirtual assistant' },
  threadSubject: 'Q4 launch timeline',
  today: new Date(2026, 10, 26), // a Thursday
  week: { workDays: [1, 2, 3, 4, 5], daysOff: [] },
};
const byId = (id: string) => defaultTemplates.find((t) => t.id === id)!;

describe('renderTemplate', () => {
  it('fills the English delay notice with the client and a date 2 working days ahead, no excuse made up', () => {
    const template = byId('default-delay-en');
    const { subject, body } = renderTemplate(template, context, defaultFieldValues(template, context));
    expect(subject).toBe('New delivery date');
    expect(body).toContain('Hi Mark,');
    expect(body).toContain("I won't be able to deliver on the date we agreed.\n");
    expect(body).not.toMatch(/deliverable|technical problem/);
    expect(body).toContain('I can send it to you by Monday, November 30.');
    expect(body.endsWith('Best regards,\nJane Doe\nVirtual assistant')).toBe(true);
  });

  it('fills the French delay notice in French', () => {
    const template = byId('default-delay-fr');
    const { body } = renderTemplate(template, context, defaultFieldValues(template, context));
    expect(body).toContain('Bonjour Mark,');
    expect(body).toContain('d’ici le lundi 30 novembre.');
  });

  it('uses what the user typed in the form, the corrected first name included', () => {
    const template = byId('default-delay-en');
    const values = {
      ...defaultFieldValues(template, context),
      'client.firstName': 'Marky',
      task: 'the board deck',
      deadline: '2027-01-05',
    };
    const { body } = renderTemplate(template, context, values);
    expect(body).toContain('Hi Marky,');
    expect(body).toContain('deliver the board deck on the date');
    expect(renderTemplate(template, context, values).subject).toBe('New delivery date: the board deck');
    expect(body).toContain('by Tuesday, January 5, 2027.');
  });

  it('fills every built-in variable', () => {
    const template: Template = {
      ...byId('default-delay-en'),
      subject: '{{thread.subject}}',
      body: '{{client.firstName}}|{{client.name}}|{{client.email}}|{{me.name}}|{{today}}|{{next monday}}',
      fields: [],
    };
    expect(renderTemplate(template, context, defaultFieldValues(template, context))).toEqual({
      subject: 'Q4 launch timeline',
      body: 'Mark|Mark Ellison|mark@northwind-creative.com|Jane Doe|Thursday, November 26|Monday, November 30',
      unsignedBody: 'Mark|Mark Ellison|mark@northwind-creative.com|Jane Doe|Thursday, November 26|Monday, November 30',
    });
  });

  it('leaves a placeholder it cannot fill as written, and signs with the name when there is no signature', () => {
    const template: Template = {
      ...byId('default-delay-en'),
      subject: '',
      body: '{{nope}} {{me.signature}}',
      fields: [],
    };
    const rendered = renderTemplate(template, { ...context, me: { name: 'Jane', signature: '' } }, {});
    expect(rendered.body).toBe('{{nope}} Jane');
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Mark Ellison', 'mark@x.com', 'Mark'],
    ['Ellison, Mark', 'mark@x.com', 'Mark'],
    ['Dr. Mark Ellison', 'mark@x.com', 'Mark'],
    ['"Claire Martin"', 'c@x.fr', 'Claire'],
    ['mark.ellison@x.com', 'mark.ellison@x.com', 'Mark'],
    ['', 'jean-pierre.durand@x.fr', 'Jean'],
    ['', 'info2024@x.com', ''],
    ['', 'élodie@x.fr', 'Élodie'],
    ['Jean-Pierre Durand', 'jp@x.fr', 'Jean-Pierre'],
    ["Seán O'Brien", 'sob@x.ie', 'Seán'],
    ['http://evil.example', 'mark@x.com', 'Mark'],
  ])('%j <%s> is greeted as %j', (name, email, first) => {
    expect(firstNameOf({ name, email })).toBe(first);
  });
});

describe('the default library', () => {
  it('holds every hard message in English and French', () => {
    const categories = [
      'delay',
      'delay',
      'recap',
      'clarification',
      'refusal',
      'scope',
      'boundary',
      'interruption',
      'handoff',
      'ending',
      'reschedule',
    ];
    const of = (language: string, formality?: string) =>
      defaultTemplates.filter((t) => t.language === language && t.formality === formality).map((t) => t.category);
    expect(of('en')).toEqual(categories);
    expect(of('fr', 'vous')).toEqual(categories);
    expect(of('fr', 'tu')).toEqual(categories);
    expect(new Set(defaultTemplates.map((t) => t.id)).size).toBe(defaultTemplates.length);
  });

  it.each(defaultTemplates.map((t) => [t.id, t] as const))('%s is valid and renders completely', (_, template) => {
    expect(templateSchema.parse(template)).toEqual(template);
    expect(findTemplateProblems(template)).toEqual([]);
    const { subject, body } = renderTemplate(template, context, defaultFieldValues(template, context));
    expect(`${subject}\n${body}`).not.toMatch(/\{\{|\}\}/);
    expect(body).toContain(template.language === 'en' ? 'Hi Mark,' : 'Bonjour Mark,');
    expect(subject).toMatch(/^\p{Lu}/u);
  });
});
