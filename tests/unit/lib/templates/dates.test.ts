import { describe, expect, it } from 'vitest';
import { addWorkingDays, evaluateDateExpression, formatTemplateDate, parseDateExpression } from '@/lib/templates/dates';
import type { WorkWeek } from '@/lib/work-week/working-day';

const MON_FRI: WorkWeek = { workDays: [1, 2, 3, 4, 5], daysOff: [] };
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe('addWorkingDays', () => {
  it.each([
    ['Wednesday + 2 stays in the week', day(2026, 11, 25), 2, day(2026, 11, 27)],
    ['Thursday + 2 skips the weekend', day(2026, 11, 26), 2, day(2026, 11, 30)],
    ['Friday + 1 is Monday', day(2026, 11, 27), 1, day(2026, 11, 30)],
    ['Saturday + 1 is Monday', day(2026, 11, 28), 1, day(2026, 11, 30)],
    ['across a month end', day(2026, 1, 30), 2, day(2026, 2, 3)],
    ['across a year end', day(2026, 12, 31), 2, day(2027, 1, 4)],
    ['across February of a leap year', day(2028, 2, 28), 2, day(2028, 3, 1)],
    ['backwards over a weekend', day(2026, 11, 30), -1, day(2026, 11, 27)],
    ['zero days is the same day', day(2026, 11, 25), 0, day(2026, 11, 25)],
  ])('%s', (_, from, count, expected) => {
    expect(addWorkingDays(from, count, MON_FRI)).toEqual(expected);
  });

  it('skips the user’s days off and non-working weekdays', () => {
    const week: WorkWeek = { workDays: [1, 2, 3, 4], daysOff: ['2026-11-26', '2026-12-01'] };
    // Wed 25 + 2: Thu 26 is off, Fri 27 not worked, Mon 30 counts, Tue 1 off, Wed 2 counts.
    expect(addWorkingDays(day(2026, 11, 25), 2, week)).toEqual(day(2026, 12, 2));
  });

  it('stops instead of looping when no day is worked', () => {
    const result = addWorkingDays(day(2026, 11, 25), 2, { workDays: [], daysOff: [] });
    expect(result.getFullYear()).toBeGreaterThan(2030);
  });
});

describe('date expressions', () => {
  const today = day(2026, 11, 25); // a Wednesday
  const evaluate = (text: string) => evaluateDateExpression(parseDateExpression(text)!, today, MON_FRI);

  it.each([
    ['today', day(2026, 11, 25)],
    ['tomorrow', day(2026, 11, 26)],
    ['today + 2 working days', day(2026, 11, 27)],
    ['Today+3 working days', day(2026, 11, 30)],
    ['today + 1 working day', day(2026, 11, 26)],
    ['today - 3 days', day(2026, 11, 22)],
    ['today + 2 weeks', day(2026, 12, 9)],
    ['next monday', day(2026, 11, 30)],
    ['next wednesday', day(2026, 12, 2)],
    ['next friday + 1 working day', day(2026, 11, 30)],
    ["aujourd'hui + 2 jours ouvrés", day(2026, 11, 27)],
    ['demain', day(2026, 11, 26)],
    ['lundi prochain', day(2026, 11, 30)],
  ])('%s', (text, expected) => {
    expect(evaluate(text)).toEqual(expected);
  });

  it.each(['yesterday', 'today + two days', 'today + 2 fortnights', 'next someday', '', 'client.firstName'])(
    'refuses %j',
    (text) => {
      expect(parseDateExpression(text)).toBeUndefined();
    },
  );
});

describe('formatTemplateDate', () => {
  const today = day(2026, 11, 25);
  it('writes the date in the template’s language', () => {
    expect(formatTemplateDate(day(2026, 12, 3), 'en', today)).toBe('Thursday, December 3');
    expect(formatTemplateDate(day(2026, 12, 3), 'fr', today)).toBe('jeudi 3 décembre');
  });
  it('adds the year only when it is not this year', () => {
    expect(formatTemplateDate(day(2027, 1, 4), 'en', today)).toBe('Monday, January 4, 2027');
    expect(formatTemplateDate(day(2027, 1, 4), 'fr', today)).toBe('lundi 4 janvier 2027');
  });
});
