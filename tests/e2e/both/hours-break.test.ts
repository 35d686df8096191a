import { describe, expect, it } from 'vitest';
import type { DriverPage } from '../support/driver';

// The browser runs in a fixed-offset zone where it is now between 03:00 and 21:00, so the working
// hours set below (all day, every day) hold now whenever the test runs (as hours-breaks.test.ts).
const HOUR = 3_600_000;
const zone = (() => {
  for (let offset = -12; offset <= 14; offset++) {
    const hour = new Date(Date.now() + offset * HOUR).getUTCHours();
    if (hour >= 3 && hour < 21) return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  }
  throw new Error('No zone fits');
})();
process.env.TZ = zone;

const { browserUnderTest } = await import('../support/driver');
const { useDriver } = await import('../support/use-driver');

// Firefox's notifications have no buttons: the sidebar's own line is where a break is snoozed.
const browser = useDriver();
const ALL_DAY = Array.from({ length: 7 }, () => ({ start: '00:00', end: '23:59' }));
const REMINDER = '[role="group"][aria-label="Time for a break"]';

/** A protocol message from the sidebar's frame, as @webext-core/messaging frames it. */
const send = (page: DriverPage, type: string, data: unknown) =>
  page.sidebar.evaluate(
    ([type, data]) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }) as Promise<{ res?: any; err?: any }>;
    },
    [type, data] as const,
  );

describe(`the break reminder in the sidebar in ${browserUnderTest}`, () => {
  it('shows when the alarm rings and is snoozed from the sidebar', async () => {
    const page = await browser().open('gmailInbox');
    await expect.poll(() => page.sidebar.count('.timer-start input')).toBe(1);
    const settings = (await send(page, 'getSettings', undefined)).res;
    const allWeek = { workDays: [0, 1, 2, 3, 4, 5, 6], daysOff: [], gaps: { ...settings.gaps, workHours: ALL_DAY } };
    expect((await send(page, 'updateSettings', allWeek)).err).toBeUndefined();
    const details = { clientId: null, description: 'Reports', source: 'sidebar' };
    const { entry } = (await send(page, 'startTimer', { details })).res;
    expect(await page.sidebar.count(REMINDER)).toBe(0);

    // Started 100 minutes ago: the alarm set for the overdue reminder rings at once.
    const edit = { ...details, start: entry.start - 100 * 60_000, end: null };
    expect((await send(page, 'editTimeEntry', { id: entry.id, entry: edit })).err).toBeUndefined();
    await expect.poll(() => page.sidebar.count(REMINDER), { timeout: 15_000 }).toBe(1);
    expect(await page.sidebar.text(`${REMINDER} p`)).toMatch(/^Time for a break You have been working for 1h 4[01]m/);

    await page.sidebar.click(`${REMINDER} button`, 'Remind me in 15 minutes');
    await expect.poll(() => page.sidebar.count(REMINDER)).toBe(0);
    expect((await send(page, 'getTimer', undefined)).res).toMatchObject({ breakSince: null, entry: { id: entry.id } });
    await send(page, 'stopTimer', undefined);
    expect(browser().errors).toEqual([]);
  });
});
