import fc from 'fast-check';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { avoidFullDays } from '@/lib/templates/calendar-dates';
import { parseDateExpression } from '@/lib/templates/dates';
import { proposeDay, type RenderContext } from '@/lib/templates/render';
import { isWorkingDay, type WorkWeek } from '@/lib/work-week/working-day';

const WEEK: WorkWeek = { workDays: [1, 2, 3, 4, 5], daysOff: ['2026-12-25'] };
const TUESDAY = new Date(2026, 10, 24, 9);
const context = (fullDays: string[]): RenderContext => ({
  me: { name: 'Jane', signature: '' },
  today: TUESDAY,
  week: WEEK,
  fullDays: new Set(fullDays),
});
const inTwoWorkingDays = parseDateExpression('today + 2 working days')!;
const day = (d: Date) => format(d, 'yyyy-MM-dd');

describe('a proposed deadline that knows the calendar', () => {
  it('is the day counted when Calendar shows room in it', () => {
    expect(day(proposeDay(inTwoWorkingDays, context([])).date)).toBe('2026-11-26');
    expect(proposeDay(inTwoWorkingDays, context([])).skipped).toEqual([]);
  });

  it('skips a fully booked day, and says which', () => {
    const proposal = proposeDay(inTwoWorkingDays, context(['2026-11-26']));
    expect(day(proposal.date)).toBe('2026-11-27');
    expect(proposal.skipped.map(day)).toEqual(['2026-11-26']);
  });

  it('skips the weekend after a full Friday, and a day off after a full day', () => {
    expect(day(proposeDay(inTwoWorkingDays, context(['2026-11-26', '2026-11-27'])).date)).toBe('2026-11-30');
    expect(day(avoidFullDays(new Date(2026, 11, 24), WEEK, new Set(['2026-12-24'])).date)).toBe('2026-12-28');
  });

  it('leaves a date that is not a deadline counted in working days as it says', () => {
    const today = parseDateExpression('today')!;
    expect(day(proposeDay(today, context(['2026-11-24'])).date)).toBe('2026-11-24');
    // "tomorrow" in a refusal is the date the client asked for: full, and that is the point.
    expect(day(proposeDay(parseDateExpression('tomorrow')!, context(['2026-11-25'])).date)).toBe('2026-11-25');
  });

  it('is never a weekend, a day off or a fully booked day', () => {
    const start = fc.date({ min: new Date(2026, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true });
    const workDays = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        start,
        workDays,
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 15 }),
        (today, days, full, off, count) => {
          const week = { workDays: days, daysOff: off.map((n) => day(addDays(today, n))) };
          const fullDays = new Set(full.map((n) => day(addDays(today, n))));
          const expression = parseDateExpression(`today + ${count} working days`)!;
          const { date, skipped } = proposeDay(expression, { ...context([]), today, week, fullDays });
          expect(isWorkingDay(date, week)).toBe(true);
          expect(fullDays.has(day(date))).toBe(false);
          for (const passed of skipped) expect(fullDays.has(day(passed))).toBe(true);
        },
      ),
    );
  });
});
