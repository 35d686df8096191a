import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { formatTemplateDate } from '@/lib/templates/dates';
import { defaultTemplates } from '@/lib/templates/defaults';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/template-schema';
import { describeWorkingHours } from '@/lib/templates/working-hours';

const context: RenderContext = {
  client: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
  me: { name: 'Jane Doe', signature: 'Jane Doe\nVirtual assistant' },
  today: new Date(2026, 10, 26), // a Thursday
  week: { workDays: [1, 2, 3, 4, 5], daysOff: [] },
};
const byId = (id: string) => defaultTemplates.find((t) => t.id === id)!;
const render = (template: Template, ctx: RenderContext = context, typed: Record<string, string> = {}) =>
  renderTemplate(template, ctx, { ...defaultFieldValues(template, ctx), ...typed });

describe('French dates', () => {
  it('write the first of the month as the French do', () => {
    expect(formatTemplateDate(new Date(2026, 11, 1), 'fr', context.today)).toBe('mardi 1er décembre');
    expect(formatTemplateDate(new Date(2027, 0, 1), 'fr', context.today)).toBe('vendredi 1er janvier 2027');
    expect(formatTemplateDate(new Date(2026, 11, 2), 'fr', context.today)).toBe('mercredi 2 décembre');
  });
});

describe('subjects', () => {
  it('never start in lower case and never end on a dangling colon, whatever the blanks hold', () => {
    const custom: Template = { ...byId('default-delay-fr'), subject: '{{task}} : nouvelle date' };
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (task) => {
        const { subject } = render(custom, context, { task });
        expect(subject).not.toMatch(/^\p{Ll}/u);
        const fixed = render(byId('default-delay-en'), context, { task }).subject;
        expect(fixed).not.toMatch(/[:]$/);
      }),
    );
    expect(render(custom, context, { task: 'le livrable' }).subject).toBe('Le livrable : nouvelle date');
  });
});

describe('the client agreement card', () => {
  it('leaves out a line about what the card does not hold, and fills it when it does', () => {
    const ending = byId('default-ending-en');
    expect(render(ending).body).not.toContain('notice we agreed');
    expect(render(ending).body).toContain('will be Thursday, December 10.\n\nUntil then');
    const agreed = { ...context, agreement: { noticePeriod: 'two weeks', weeklyHours: 10 } };
    expect(render(ending, agreed).body).toContain("That's the two weeks notice we agreed on.");
    expect(render(byId('default-scope-en'), agreed).body).toContain('Our agreement covers 10 hours a week.');
  });

  it('fills the rate, or says "my usual rate"', () => {
    expect(render(byId('default-scope-en')).body).toContain('at my usual rate, or');
    expect(render(byId('default-scope-fr-tu'), { ...context, agreement: { rate: '45 € de l’heure' } }).body).toContain(
      'à la mission en cours, à 45 € de l’heure ;',
    );
  });

  it('greets as the card says, else by the first name', () => {
    const delay = byId('default-delay-fr-tu');
    expect(render(delay).body.startsWith('Bonjour Mark,')).toBe(true);
    expect(render(delay, { ...context, agreement: { greeting: 'Salut Mark' } }).body.startsWith('Salut Mark,')).toBe(
      true,
    );
  });

  it('says the working week from the settings in the working-hours reminder', () => {
    const week = { workDays: [1, 2, 3, 4], daysOff: [] };
    const workHours = defaultGapSettings.workHours.map((hours, day) =>
      day === 4 ? { start: '08:30', end: '13:00' } : hours,
    );
    const body = render(byId('default-boundary-en'), { ...context, week, workHours }).body;
    expect(body).toContain("I'm available Monday to Wednesday, 9 am to 6 pm and Thursday, 8:30 am to 1 pm.");
    expect(render(byId('default-boundary-fr')).body).toContain(
      'je suis disponible du lundi au vendredi, de 9 h à 18 h.',
    );
  });
});

describe('describeWorkingHours', () => {
  const hours = defaultGapSettings.workHours;
  it.each([
    [[1, 2, 3, 4, 5], 'en', 'Monday to Friday, 9 am to 6 pm'],
    [[1, 3, 5], 'en', 'Monday, Wednesday and Friday, 9 am to 6 pm'],
    [[1, 2, 3, 6], 'fr', 'du lundi au mercredi et le samedi, de 9 h à 18 h'],
    [[1, 2], 'fr', 'le lundi et le mardi, de 9 h à 18 h'],
  ] as const)('%j in %s reads %j', (days, language, text) => {
    expect(describeWorkingHours([...days], hours, language)).toBe(text);
  });
});

describe('the body for a compose that Gmail already signed', () => {
  it('is the body without the signature, ending on the sign-off', () => {
    const { body, unsignedBody } = render(byId('default-delay-en'));
    expect(body.endsWith('Best regards,\nJane Doe\nVirtual assistant')).toBe(true);
    expect(unsignedBody.endsWith('Best regards,')).toBe(true);
  });
});

describe('an empty blank', () => {
  it('leaves neither a double space nor empty brackets', () => {
    const scope = byId('default-scope-en');
    expect(render(scope).body).toContain('Thanks for the new request. It goes beyond');
    const moved = render(byId('default-moved-deadline-en')).body;
    expect(moved).toContain('Thanks for letting me know the deadline is now Friday, November 27.\n');
    expect(moved).not.toMatch(/ {2}| \n/);
  });
});
