import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '@/lib/templates/defaults';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import { describeMoment, describeSlots } from '@/lib/templates/slot-list';

const today = new Date(2026, 10, 30, 9); // Monday 30 November
const at = (day: number, h: number, m = 0) => new Date(2026, 11, day, h, m).getTime();
const SLOTS = [
  { start: at(3, 13, 30), end: at(3, 14, 30) },
  { start: at(4, 11, 30), end: at(4, 12, 30) },
  { start: at(1, 9), end: at(1, 10) },
];
const context: RenderContext = {
  client: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
  me: { name: 'Jane Doe', signature: 'Jane' },
  today,
  week: { workDays: [1, 2, 3, 4, 5], daysOff: [] },
  freeSlots: SLOTS,
};
// Times carry no-break spaces (checked once below); the other checks read them as spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const byId = (id: string) => defaultTemplates.find((t) => t.id === id)!;
const render = (id: string, ctx: RenderContext = context) => {
  const template = byId(id);
  const values = {
    ...defaultFieldValues(template, ctx),
    when: describeMoment(at(1, 13, 30), template.language, today),
  };
  const rendered = renderTemplate(template, ctx, values);
  return { subject: plain(rendered.subject), body: plain(rendered.body) };
};

describe('free slots in a message', () => {
  it('read as people write them, in English and French', () => {
    expect(plain(describeSlots(SLOTS, 'en', today))).toBe(
      '- Thursday, December 3, 1:30 to 2:30 pm\n- Friday, December 4, 11:30 am to 12:30 pm\n- Tuesday, December 1, 9 to 10 am',
    );
    expect(plain(describeSlots(SLOTS, 'fr', today))).toBe(
      '- jeudi 3 décembre, de 13 h 30 à 14 h 30\n- vendredi 4 décembre, de 11 h 30 à 12 h 30\n- mardi 1er décembre, de 9 h à 10 h',
    );
    expect(plain(describeMoment(at(1, 13, 30), 'fr', today))).toBe('mardi 1er décembre à 13 h 30');
    expect(plain(describeMoment(at(1, 13, 30), 'en', today))).toBe('Tuesday, December 1 at 1:30 pm');
  });

  it('never cut a time at a line’s end', () => {
    expect(describeSlots(SLOTS, 'fr', today)).toContain('de 13\u00a0h\u00a030 à 14\u00a0h\u00a030');
    expect(describeSlots(SLOTS, 'en', today)).toContain('11:30\u00a0am to 12:30\u00a0pm');
  });

  it('fill the "Propose another slot" message, in English, French vous and French tu', () => {
    const en = render('default-reschedule-en');
    expect(en.subject).toBe('Could we move our call?');
    expect(en.body).toContain(
      "My day has filled up since we booked our call (Tuesday, December 1 at 1:30 pm), and I'd",
    );
    expect(en.body).toContain('instead?\n\n- Thursday, December 3, 1:30 to 2:30 pm\n');
    const vous = render('default-reschedule-fr');
    expect(vous.subject).toBe('Pourrions-nous déplacer notre rendez-vous ?');
    expect(vous.body).toMatch(
      /^Bonjour Mark,\n\nMa journée s’est remplie depuis que nous avons fixé notre rendez-vous \(mardi 1er décembre à 13 h 30\)/,
    );
    expect(vous.body).toContain('vous accorder');
    expect(vous.body).toContain('- jeudi 3 décembre, de 13 h 30 à 14 h 30');
    const tu = render('default-reschedule-fr-tu');
    expect(tu.body).toContain('t’accorder');
    expect(tu.body).toContain('Dis-moi simplement celui qui te convient');
    expect(tu.body).not.toMatch(/(^|\s)vous\b/); // "rendez-vous" is no vouvoiement
    expect(tu.body).toMatch(/Bien à toi,\nJane$/);
  });

  it('leave the slots to the user outside Calendar', () => {
    const template = byId('default-reschedule-en');
    const outside = { ...context, freeSlots: undefined };
    expect(defaultFieldValues(template, outside).slots).toBe('');
  });
});
