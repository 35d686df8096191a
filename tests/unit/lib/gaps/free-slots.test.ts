import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { planDay, type DayPlan, type Interval } from '@/lib/gaps/find-gaps';
import { freeSlotsAfter, isPlanFullyBooked, showsDaysAfter } from '@/lib/gaps/free-slots';
import type { WorkWeek } from '@/lib/work-week/working-day';

// The week of the Calendar fixture week-full-en: Tuesday 1 and Wednesday 2 December are fully
// booked; Thursday and Friday have room. Default settings: 9 to 6, lunch 12:30 to 1:30, 30 min buffers.
const MON_FRI: WorkWeek = { workDays: [1, 2, 3, 4, 5], daysOff: [] };
const at = (day: number, h: number, m = 0) => new Date(2026, day === 30 ? 10 : 11, day, h, m).getTime();
const ev = (day: number, from: [number, number], to: [number, number]) => ({
  start: at(day, ...from),
  end: at(day, ...to),
  allDay: false,
});
const WEEK: Array<[number, ReturnType<typeof ev>[]]> = [
  [30, [ev(30, [9, 0], [10, 0]), ev(30, [14, 0], [15, 0])]],
  [1, [ev(1, [9, 0], [12, 30]), ev(1, [13, 30], [14, 30]), ev(1, [14, 30], [18, 0])]],
  [2, [ev(2, [9, 0], [12, 30]), ev(2, [13, 30], [18, 0])]],
  [3, [ev(3, [9, 0], [11, 0]), ev(3, [11, 15], [12, 30]), ev(3, [16, 0], [17, 0])]],
  [4, [ev(4, [9, 30], [10, 0]), ev(4, [15, 0], [16, 30])]],
  [5, []],
];
const plansOf = (week = MON_FRI, settings = defaultGapSettings): DayPlan[] =>
  WEEK.map(([day, events]) => planDay(new Date(at(day, 0)), events, week, settings));
const CALL = { start: at(1, 13, 30), end: at(1, 14, 30) };
const MONDAY_MORNING = at(30, 9);
const show = (slots: Interval[]) =>
  slots.map(
    (s) =>
      `${new Date(s.start).getDate()} ${new Date(s.start).toTimeString().slice(0, 5)}-${new Date(s.end).toTimeString().slice(0, 5)}`,
  );

describe('free slots for a meeting moved off a full day', () => {
  it('knows the full days as the background does', () => {
    expect(plansOf().map(isPlanFullyBooked)).toEqual([false, true, true, false, false, false]);
  });

  it('offers one slot a day first, skipping the other full day, a buffer away from events', () => {
    const slots = freeSlotsAfter(plansOf(), { event: CALL, bufferMinutes: 30, now: MONDAY_MORNING });
    // Thursday 1:30 (after lunch, before the 4 pm event with 2 hours to spare); Friday 10:30
    // (a buffer after the 10 am end); then Friday 1:30, which ends a buffer before 3 pm.
    expect(show(slots)).toEqual(['3 13:30-14:30', '4 10:30-11:30', '4 13:30-14:30']);
  });

  it('respects the event’s length and the working hours', () => {
    const long = { start: at(1, 9), end: at(1, 12) };
    const slots = freeSlotsAfter(plansOf(), { event: long, bufferMinutes: 30, now: MONDAY_MORNING });
    // Three hours fit nowhere on Thursday or Friday between 9 and 6, lunch kept.
    expect(slots).toEqual([]);
    const settings = { ...defaultGapSettings, lunch: null };
    const noLunch = freeSlotsAfter(plansOf(MON_FRI, settings), { event: long, bufferMinutes: 30, now: MONDAY_MORNING });
    expect(show(noLunch)).toEqual(['4 10:30-13:30']);
  });

  it('offers nothing in the past, and rounds a start to the quarter hour', () => {
    const thursdayAfternoon = at(3, 13, 50);
    const slots = freeSlotsAfter(plansOf(), { event: CALL, bufferMinutes: 30, now: thursdayAfternoon });
    expect(show(slots)).toEqual(['3 14:00-15:00', '4 10:30-11:30', '4 13:30-14:30']);
    expect(freeSlotsAfter(plansOf(), { event: CALL, bufferMinutes: 30, now: at(4, 17, 10) })).toEqual([]);
  });

  it('knows when no later day is on screen (a day view)', () => {
    expect(showsDaysAfter(plansOf(), CALL)).toBe(true);
    expect(showsDaysAfter(plansOf().slice(0, 2), CALL)).toBe(false);
  });

  it('offers nothing when the rest of the week is not worked', () => {
    const mondayToTuesday: WorkWeek = { workDays: [1, 2], daysOff: [] };
    expect(freeSlotsAfter(plansOf(mondayToTuesday), { event: CALL, bufferMinutes: 30, now: MONDAY_MORNING })).toEqual(
      [],
    );
    const daysOff: WorkWeek = { workDays: [1, 2, 3, 4, 5], daysOff: ['2026-12-03', '2026-12-04'] };
    expect(freeSlotsAfter(plansOf(daysOff), { event: CALL, bufferMinutes: 30, now: MONDAY_MORNING })).toEqual([]);
  });

  it('always gives slots of the event’s length, later, in working time, clear of events by a buffer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }).map((quarters) => quarters * 15),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 5 * 24 * 4 }).map((quarters) => MONDAY_MORNING + quarters * 15 * 60_000),
        (minutes, buffer, now) => {
          const event = { start: at(1, 9), end: at(1, 9) + minutes * 60_000 };
          const plans = plansOf();
          const slots = freeSlotsAfter(plans, { event, bufferMinutes: buffer, now });
          expect(slots.length).toBeLessThanOrEqual(3);
          for (const slot of slots) {
            expect(slot.end - slot.start).toBe(minutes * 60_000);
            expect(slot.start).toBeGreaterThanOrEqual(now);
            const plan = plans.find((p) => p.day.getTime() <= slot.start && slot.start < p.day.getTime() + 86_400_000)!;
            expect(plan.day.getTime()).toBeGreaterThan(event.start);
            expect(isPlanFullyBooked(plan)).toBe(false);
            expect(plan.window.some((w) => w.start <= slot.start && slot.end <= w.end)).toBe(true);
            for (const busy of plan.busy)
              expect(slot.end + buffer * 60_000 <= busy.start || busy.end + buffer * 60_000 <= slot.start).toBe(true);
          }
        },
      ),
    );
  });
});
