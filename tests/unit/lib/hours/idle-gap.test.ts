import { describe, expect, it } from 'vitest';
import { idleGap, withoutGap } from '@/lib/hours/idle-gap';
import { entry } from './entries';

const MIN = 60_000;
const T0 = new Date(2026, 11, 1, 9).getTime();

describe('the idle gap offered on return', () => {
  const running = entry(T0, null);

  it('is the time since the last Leeway tab lost the focus, from the set length on', () => {
    expect(idleGap(running, T0 + 30 * MIN, T0 + 45 * MIN, 10)).toEqual({ start: T0 + 30 * MIN, end: T0 + 45 * MIN });
    expect(idleGap(running, T0 + 30 * MIN, T0 + 39 * MIN, 10)).toBeNull();
  });

  it('starts no earlier than the timer', () => {
    expect(idleGap(running, T0 - 60 * MIN, T0 + 20 * MIN, 10)).toEqual({ start: T0, end: T0 + 20 * MIN });
  });

  it('is never offered without a running timer, a known departure, or with the offer turned off', () => {
    expect(idleGap(null, T0, T0 + 60 * MIN, 10)).toBeNull();
    expect(idleGap(entry(T0, T0 + 60 * MIN), T0, T0 + 60 * MIN, 10)).toBeNull();
    expect(idleGap(running, null, T0 + 60 * MIN, 10)).toBeNull();
    expect(idleGap(running, T0, T0 + 60 * MIN, null)).toBeNull();
  });

  it('discarded, leaves the time before it and the timer running on from the return', () => {
    expect(withoutGap(running, { start: T0 + 30 * MIN, end: T0 + 45 * MIN })).toEqual({
      before: { start: T0, end: T0 + 30 * MIN },
      resumeAt: T0 + 45 * MIN,
    });
    expect(withoutGap(running, { start: T0, end: T0 + 20 * MIN })).toEqual({ before: null, resumeAt: T0 + 20 * MIN });
  });
});
