import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultGapSettings, type GapSettings } from '@/lib/gaps/gap-settings';
import { mergeIntervals, planDay, type CalendarEvent, type Interval } from '@/lib/gaps/find-gaps';
import { addWorkingDays } from '@/lib/templates/dates';
import type { WorkWeek } from '@/lib/work-week/working-day';

const MON_FRI: WorkWeek = { workDays: [1, 2, 3, 4, 5], daysOff: [] };
const DAY = new Date(2026, 10, 24); // a Tuesday
const at = (time: string, day = DAY) => {
  const [h, m] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m).getTime();
};
const event = (start: string, end: string, allDay = false): CalendarEvent => ({
  start: at(start),
  end: at(end),
  allDay,
});
const hhmm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
const show = (intervals: Interval[]) => intervals.map((i) => `${hhmm(i.start)}-${hhmm(i.end)}`);
const settings: GapSettings = { ...defaultGapSettings, lunch: null };

describe('planDay', () => {
  it('finds buffers and short gaps inside working hours', () => {
    const plan = planDay(
      DAY,
      [event('09:00', '10:00'), event('10:20', '12:00'), event('14:00', '17:00')],
      MON_FRI,
      settings,
    );
    expect(show(plan.gaps)).toEqual(['10:00-10:20', '12:00-14:00', '17:00-18:00']);
    expect(plan.gaps.map((g) => g.kind)).toEqual(['short', 'buffer', 'buffer']);
    expect(plan).toMatchObject({ workMinutes: 540, bookedMinutes: 340, freeMinutes: 200, largestBufferMinutes: 120 });
    expect(plan.load).toBeCloseTo(340 / 540);
    expect(plan.overTarget).toBe(false);
    expect(plan.noBuffer).toBe(false);
  });

  it('merges overlapping events and clips those outside working hours', () => {
    const plan = planDay(
      DAY,
      [event('07:00', '09:30'), event('09:15', '10:00'), event('17:30', '20:00')],
      MON_FRI,
      settings,
    );
    expect(show(plan.busy)).toEqual(['09:00-10:00', '17:30-18:00']);
    expect(show(plan.gaps)).toEqual(['10:00-17:30']);
  });

  it('takes the lunch break out of working time', () => {
    const plan = planDay(DAY, [], MON_FRI, defaultGapSettings);
    expect(show(plan.window)).toEqual(['09:00-12:30', '13:30-18:00']);
    expect(plan.workMinutes).toBe(480);
  });

  it('ignores all-day events and zero-length ones', () => {
    const plan = planDay(DAY, [event('00:00', '23:59', true), event('11:00', '11:00')], MON_FRI, settings);
    expect(show(plan.gaps)).toEqual(['09:00-18:00']);
    expect(plan.bookedMinutes).toBe(0);
  });

  it('cuts an event across midnight at the day’s edges, and counts no stretch of work before the day starts', () => {
    const plan = planDay(
      DAY,
      [{ start: at('22:00', new Date(2026, 10, 23)), end: at('10:00'), allDay: false }],
      MON_FRI,
      settings,
    );
    expect(show(plan.busy)).toEqual(['09:00-10:00']);
    expect(plan.backToBack).toEqual([]);
  });

  it('joins the morning and the afternoon into one stretch when lunch is booked too', () => {
    const plan = planDay(
      DAY,
      [event('09:00', '12:00'), event('12:00', '13:00'), event('13:00', '15:00')],
      MON_FRI,
      defaultGapSettings,
    );
    expect(show(plan.backToBack)).toEqual(['09:00-15:00']);
  });

  it('flags a fully booked day, a day over the target, and back-to-back stretches', () => {
    const full = planDay(DAY, [event('08:00', '12:10'), event('12:20', '18:30')], MON_FRI, settings);
    expect(full.noBuffer).toBe(true);
    expect(full.overTarget).toBe(true);
    expect(show(full.backToBack)).toEqual(['09:00-18:00']);
    expect(full.gaps.map((g) => g.kind)).toEqual(['short']);

    const busy = planDay(DAY, [event('09:00', '13:00'), event('13:30', '17:00')], MON_FRI, settings);
    expect(busy.overTarget).toBe(true); // 1 h free of 9, under 20%
    expect(show(busy.backToBack)).toEqual(['09:00-13:00', '13:30-17:00']);
  });

  it('has no working time on a weekday not worked', () => {
    const saturday = new Date(2026, 10, 28);
    const plan = planDay(saturday, [], MON_FRI, settings);
    expect(plan).toMatchObject({ window: [], gaps: [], workMinutes: 0, load: 0, overTarget: false, noBuffer: false });
    expect(plan.dayKind).toBe('not-worked');
  });
});

describe('days off', () => {
  const withDayOff: WorkWeek = { ...MON_FRI, daysOff: ['2026-11-24'] };

  it('a day off in the settings gets no buffers and no load warnings, however full its calendar', () => {
    // The same Tuesday is over the target, without a buffer and back to back when worked.
    const events = [event('08:00', '12:10'), event('12:20', '18:30')];
    expect(planDay(DAY, events, MON_FRI, settings)).toMatchObject({ noBuffer: true, overTarget: true });
    const plan = planDay(DAY, events, withDayOff, settings);
    expect(plan).toMatchObject({
      dayKind: 'day-off',
      window: [],
      gaps: [],
      busy: [],
      backToBack: [],
      workMinutes: 0,
      bookedMinutes: 0,
      load: 0,
      overTarget: false,
      noBuffer: false,
    });
    // The days around it are worked as usual.
    expect(planDay(new Date(2026, 10, 25), [], withDayOff, settings)).toMatchObject({
      dayKind: 'workday',
      workMinutes: 540,
    });
  });

  it('are the days the templates’ working-day dates skip: one definition of a working day', () => {
    const week: WorkWeek = { workDays: [1, 2, 3, 4], daysOff: ['2026-11-26', '2026-12-01'] };
    const days = Array.from({ length: 21 }, (_, i) => new Date(2026, 10, 22 + i));
    const withGaps = days.filter((day) => planDay(day, [], week, settings).workMinutes > 0);
    // A day the templates count is the first working day after the day before it.
    const dayBefore = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1);
    const counted = days.filter((day) => addWorkingDays(dayBefore(day), 1, week).getTime() === day.getTime());
    expect(withGaps).toEqual(counted);
    expect(withGaps.map((d) => d.getDate())).toEqual([23, 24, 25, 30, 2, 3, 7, 8, 9, 10]);
  });
});

describe('gap properties', () => {
  const dayStart = at('00:00');
  const events = fc.array(
    fc
      .record({
        start: fc.integer({ min: -180, max: 1620 }),
        length: fc.integer({ min: 0, max: 600 }),
        allDay: fc.boolean(),
      })
      .map(({ start, length, allDay }) => ({
        start: dayStart + start * 60_000,
        end: dayStart + (start + length) * 60_000,
        allDay,
      })),
    { maxLength: 40 },
  );
  const settingsArb = fc.record({
    lunch: fc.option(fc.constantFrom({ start: '12:00', end: '13:00' }, { start: '12:30', end: '14:00' }), {
      nil: null,
    }),
    minBufferMinutes: fc.integer({ min: 5, max: 120 }),
  });

  it('busy plus free is the working window, gaps are sorted, disjoint, inside it, and never overlap busy time', () => {
    fc.assert(
      fc.property(events, settingsArb, (list, s) => {
        const plan = planDay(DAY, list, MON_FRI, { ...settings, ...s });
        expect(plan.bookedMinutes + plan.freeMinutes).toBe(plan.workMinutes);
        const gapMinutes = plan.gaps.reduce((sum, g) => sum + (g.end - g.start) / 60_000, 0);
        expect(gapMinutes).toBeCloseTo(plan.freeMinutes);
        for (let i = 1; i < plan.gaps.length; i++)
          expect(plan.gaps[i]!.start).toBeGreaterThanOrEqual(plan.gaps[i - 1]!.end);
        for (const gap of plan.gaps) {
          expect(plan.window.some((w) => w.start <= gap.start && gap.end <= w.end)).toBe(true);
          expect(plan.busy.some((b) => b.start < gap.end && gap.start < b.end)).toBe(false);
          expect(gap.kind).toBe(gap.end - gap.start >= s.minBufferMinutes * 60_000 ? 'buffer' : 'short');
        }
      }),
    );
  });

  it('merges overlapping events into disjoint, sorted intervals covering the same time', () => {
    fc.assert(
      fc.property(events, (list) => {
        const merged = mergeIntervals(list);
        for (let i = 1; i < merged.length; i++) expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end);
        const covered = (t: number, intervals: Interval[]) => intervals.some((x) => x.start <= t && t < x.end);
        for (const e of list) {
          for (const t of [e.start, Math.floor((e.start + e.end) / 2), e.end - 1]) {
            if (e.end > e.start) expect(covered(t, merged)).toBe(true);
          }
        }
      }),
    );
  });
});
