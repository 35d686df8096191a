import { describe, expect, it } from 'vitest';
import { afterFocusReport, afterRestart, idleGap, noFocusState, standingOffer, withoutGap } from '@/lib/hours/idle-gap';
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

describe('the focus the pages report', () => {
  const running = entry(T0, null);
  const report = (state = noFocusState, page: string, focused: boolean, at: number, idle: number | null = 10) =>
    afterFocusReport(state, { page, focused }, running, idle, at);

  it('counts away from the moment no page holds the focus, and offers the gap on return', () => {
    const inGmail = report(undefined, 'gmail', true, T0 + 5 * MIN);
    const away = report(inGmail, 'gmail', false, T0 + 30 * MIN);
    expect(away.leftAt).toBe(T0 + 30 * MIN);
    const back = report(away, 'calendar', true, T0 + 72 * MIN);
    expect(back.leftAt).toBeNull();
    expect(back.offer).toEqual({ entryId: running.id, start: T0 + 30 * MIN, end: T0 + 72 * MIN });
    expect(Object.keys(back.focused)).toEqual(['calendar']);
  });

  it('is not away while the focus passes between pages, in either order', () => {
    const inGmail = report(undefined, 'gmail', true, T0);
    // The sidebar's frame takes the focus before or after its page says it lost it.
    const frameFirst = report(report(inGmail, 'frame', true, T0 + MIN), 'gmail', false, T0 + MIN);
    expect(frameFirst.leftAt).toBeNull();
    const pageFirst = report(report(inGmail, 'gmail', false, T0 + MIN), 'frame', true, T0 + 50 * MIN);
    expect(pageFirst.leftAt).toBeNull();
    // Back within a moment: no offer; a long gap here would be one.
    expect(report(report(inGmail, 'gmail', false, T0 + MIN), 'frame', true, T0 + 2 * MIN).offer).toBeNull();
  });

  it('offers nothing for a short gap, with the offer turned off, or a second time for the same return', () => {
    const away = report(report(undefined, 'gmail', true, T0), 'gmail', false, T0 + MIN);
    expect(report(away, 'gmail', true, T0 + 9 * MIN).offer).toBeNull();
    expect(report(away, 'gmail', true, T0 + 60 * MIN, null).offer).toBeNull();
    const back = report(away, 'gmail', true, T0 + 60 * MIN);
    const otherPage = report(back, 'calendar', true, T0 + 90 * MIN);
    expect(otherPage.offer).toEqual(back.offer);
  });

  it('after a restart forgets the pages and counts away from the last report', () => {
    const inGmail = report(undefined, 'gmail', true, T0 + 10 * MIN);
    const restarted = afterRestart(inGmail, T0 + 120 * MIN);
    expect(restarted).toMatchObject({ focused: {}, leftAt: T0 + 10 * MIN });
    expect(report(restarted, 'gmail', true, T0 + 125 * MIN).offer).toMatchObject({ start: T0 + 10 * MIN });
  });

  it('keeps an offer only for the timer it was made for', () => {
    const offer = { entryId: running.id, start: T0 + 10 * MIN, end: T0 + 60 * MIN };
    const state = { ...noFocusState, offer };
    expect(standingOffer(state, running)).toEqual(offer);
    expect(standingOffer(state, null)).toBeNull();
    expect(standingOffer(state, { ...running, id: 'other' })).toBeNull();
    expect(standingOffer(state, { ...running, start: T0 + 20 * MIN })).toBeNull();
  });
});
