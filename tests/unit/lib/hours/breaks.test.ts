process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import {
  isBreakDue,
  nextBreakDue,
  noBreakState,
  SNOOZE_MINUTES,
  stretchStart,
  type BreakState,
} from '@/lib/hours/breaks';
import type { WorkingTime } from '@/lib/hours/out-of-hours';
import { entry, local } from './entries';

const MINUTE = 60_000;
// Monday to Friday, 09:00 to 18:00; Christmas (a Friday) off.
const working: WorkingTime = {
  workDays: [1, 2, 3, 4, 5],
  daysOff: ['2026-12-25'],
  workHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '18:00' })),
};
// Tuesday 1 December 2026.
const tuesday = (h: number, m = 0) => local(2026, 12, 1, h, m);

describe('when the next break is due', () => {
  it('is the set length after the running timer started', () => {
    const entries = [entry(tuesday(10), null)];
    expect(nextBreakDue(entries, 90, noBreakState, working, tuesday(10, 30))).toBe(tuesday(11, 30));
    expect(isBreakDue(entries, 90, noBreakState, working, tuesday(11, 29))).toBe(false);
    expect(isBreakDue(entries, 90, noBreakState, working, tuesday(11, 30))).toBe(true);
  });

  it('is never without a running timer, nor with reminders off', () => {
    expect(nextBreakDue([entry(tuesday(9), tuesday(12))], 90, noBreakState, working, tuesday(12))).toBeNull();
    expect(nextBreakDue([entry(tuesday(9), null)], null, noBreakState, working, tuesday(12))).toBeNull();
  });

  it('counts a stretch across a switch and a short pause, but not across a real break', () => {
    const switched = [entry(tuesday(9), tuesday(10)), entry(tuesday(10, 3), null, 'c2')];
    expect(stretchStart(switched, tuesday(10, 30))).toBe(tuesday(9));
    expect(nextBreakDue(switched, 90, noBreakState, working, tuesday(10, 30))).toBe(tuesday(10, 30));
    const rested = [entry(tuesday(9), tuesday(10)), entry(tuesday(10, 20), null, 'c2')];
    expect(stretchStart(rested, tuesday(10, 30))).toBe(tuesday(10, 20));
    expect(nextBreakDue(rested, 90, noBreakState, working, tuesday(10, 30))).toBe(tuesday(11, 50));
  });

  it('comes back one length after a reminder the user worked through', () => {
    const entries = [entry(tuesday(9), null)];
    const state: BreakState = { remindedAt: tuesday(10, 30), snoozedUntil: null };
    expect(nextBreakDue(entries, 90, state, working, tuesday(10, 31))).toBe(tuesday(12));
    // A reminder from before this stretch says nothing about it.
    const old: BreakState = { remindedAt: tuesday(8), snoozedUntil: null };
    expect(nextBreakDue(entries, 90, old, working, tuesday(9, 1))).toBe(tuesday(10, 30));
  });
});

describe('snooze', () => {
  it('puts the reminder off until the snooze ends', () => {
    const entries = [entry(tuesday(9), null)];
    const snoozedUntil = tuesday(10, 30) + SNOOZE_MINUTES * MINUTE;
    // Snoozed from the sidebar before any reminder: it comes when the snooze ends.
    const state: BreakState = { remindedAt: null, snoozedUntil };
    expect(nextBreakDue(entries, 90, state, working, tuesday(10, 31))).toBe(snoozedUntil);
    expect(isBreakDue(entries, 90, state, working, tuesday(10, 40))).toBe(false);
    expect(isBreakDue(entries, 90, state, working, tuesday(10, 45))).toBe(true);
  });

  it('of a reminder brings it back when the snooze ends, not a stretch later', () => {
    const entries = [entry(tuesday(9), null)];
    const state: BreakState = { remindedAt: tuesday(10, 30), snoozedUntil: tuesday(10, 30) + SNOOZE_MINUTES * MINUTE };
    expect(nextBreakDue(entries, 90, state, working, tuesday(10, 31))).toBe(tuesday(10, 45));
  });

  it('from an earlier stretch does not delay this one', () => {
    const entries = [entry(tuesday(14), null)];
    const state: BreakState = { remindedAt: null, snoozedUntil: tuesday(13) };
    expect(nextBreakDue(entries, 90, state, working, tuesday(14, 1))).toBe(tuesday(15, 30));
  });
});

describe('outside working hours', () => {
  it('never reminds in the evening: the reminder waits for the next working morning', () => {
    const entries = [entry(tuesday(17), null)];
    expect(nextBreakDue(entries, 90, noBreakState, working, tuesday(18, 30))).toBe(local(2026, 12, 2, 9));
    expect(isBreakDue(entries, 90, noBreakState, working, tuesday(18, 30))).toBe(false);
    expect(isBreakDue(entries, 90, noBreakState, working, tuesday(23, 59))).toBe(false);
  });

  it('skips the weekend and a day off', () => {
    // Thursday 24 December 17:00, running: Friday is Christmas, then the weekend.
    const entries = [entry(local(2026, 12, 24, 17), null)];
    expect(nextBreakDue(entries, 90, noBreakState, working, local(2026, 12, 24, 18))).toBe(local(2026, 12, 28, 9));
    expect(isBreakDue(entries, 90, noBreakState, working, local(2026, 12, 25, 10))).toBe(false);
  });

  it('never reminds when no day is worked at all in the next fortnight', () => {
    const none: WorkingTime = {
      ...working,
      workHours: working.workHours.map(() => ({ start: '09:00', end: '09:00' })),
    };
    expect(nextBreakDue([entry(tuesday(9), null)], 90, noBreakState, none, tuesday(12))).toBeNull();
  });

  it('counts work done out of hours in the stretch, and reminds as the working day opens', () => {
    // Started at 08:00 (before hours): due at 09:30 inside them.
    const entries = [entry(tuesday(8), null)];
    expect(nextBreakDue(entries, 90, noBreakState, working, tuesday(8, 30))).toBe(tuesday(9, 30));
    // Started at 07:00: due at 08:30, out of hours, so at 09:00.
    expect(nextBreakDue([entry(tuesday(7), null)], 90, noBreakState, working, tuesday(8))).toBe(tuesday(9));
  });

  it('keeps the wall-clock hours on the day the clocks go forward', () => {
    // Sunday 28 March 2027 is not worked; Monday 29, 09:00 local.
    const entries = [entry(local(2027, 3, 27, 22), null)];
    expect(nextBreakDue(entries, 90, noBreakState, working, local(2027, 3, 28, 1))).toBe(local(2027, 3, 29, 9));
    expect(new Date(local(2027, 3, 29, 9)).getHours()).toBe(9);
  });
});
