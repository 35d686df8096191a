import { describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';

// The browser runs in a fixed-offset zone where it is now between 03:00 and 21:00, so "today"
// and the working hours set below do not depend on when the test runs.
const HOUR = 3_600_000;
const zone = (() => {
  for (let offset = -12; offset <= 14; offset++) {
    const hour = new Date(Date.now() + offset * HOUR).getUTCHours();
    if (hour >= 3 && hour < 21) return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  }
  throw new Error('No zone fits');
})();
process.env.TZ = zone;

const { sendRaw } = await import('./support/send-raw');
const { putRaw } = await import('./support/put-raw');
const { sidebar } = await import('./support/sidebar');
const { useLeewayBrowser } = await import('./support/use-browser');

const browser = useLeewayBrowser();
const MINUTE = 60_000;
const ALL_DAY = Array.from({ length: 7 }, () => ({ start: '00:00', end: '23:59' }));
const localDay = (daysFromNow: number) => {
  const d = new Date(Date.now() + daysFromNow * 24 * HOUR);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Leeway's service worker as it runs now (woken by a message first when stopped). */
async function worker(): Promise<Worker> {
  const { context, extensionId } = browser();
  const running = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return running.at(-1) ?? context.waitForEvent('serviceworker');
}
const shownNotifications = async () =>
  Object.keys(await (await worker()).evaluate(() => (globalThis as any).chrome.notifications.getAll()));
const breakAlarmAt = async (): Promise<number | undefined> =>
  (await (await worker()).evaluate(() => (globalThis as any).chrome.alarms.get('leeway-break')))?.scheduledTime;

describe('the break reminder', () => {
  it('fires through an alarm after the stretch of work, also after a worker stop, and not out of hours', async () => {
    const options = await browser().openOptions();
    const settings = (await sendRaw(options, 'getSettings', undefined)).res;
    // Every day worked, all day: the reminder may show whenever it is due.
    const allWeek = { workDays: [0, 1, 2, 3, 4, 5, 6], daysOff: [], gaps: { ...settings.gaps, workHours: ALL_DAY } };
    expect((await sendRaw(options, 'updateSettings', allWeek)).err).toBeUndefined();
    expect(settings.hours.breakMinutes).toBe(90);

    const started = (
      await sendRaw(options, 'startTimer', {
        details: { clientId: null, description: 'Newsletter', source: 'sidebar' },
      })
    ).res.entry;
    // A stretch begins: the alarm is set 90 minutes on, and nothing shows yet.
    await expect.poll(breakAlarmAt).toBeGreaterThanOrEqual(started.start + 89 * MINUTE);
    expect(await shownNotifications()).toEqual([]);

    // The worker stops; the timer is moved back 100 minutes (as if started then): the reminder
    // is overdue, and the alarm the background sets rings at once and shows it.
    await browser().stopServiceWorker();
    const edit = {
      clientId: null,
      description: 'Newsletter',
      source: 'sidebar',
      start: Date.now() - 100 * MINUTE,
      end: null,
    };
    expect((await sendRaw(options, 'editTimeEntry', { id: started.id, entry: edit })).err).toBeUndefined();
    await expect.poll(shownNotifications).toEqual(['leeway-break']);
    // Then the next one is set a stretch later, not again at once.
    await expect.poll(breakAlarmAt).toBeGreaterThan(Date.now() + 80 * MINUTE);

    // Stopping the timer takes the reminder away and clears the alarm.
    await sendRaw(options, 'stopTimer', undefined);
    await expect.poll(shownNotifications).toEqual([]);
    await expect.poll(breakAlarmAt).toBeUndefined();

    // Yesterday, today and tomorrow off: the same overdue stretch waits for the next working day...
    expect(
      (await sendRaw(options, 'updateSettings', { daysOff: [localDay(-1), localDay(0), localDay(1)] })).err,
    ).toBeUndefined();
    const again = (
      await sendRaw(options, 'startTimer', {
        details: { clientId: null, description: 'Invoices', source: 'sidebar' },
      })
    ).res.entry;
    await sendRaw(options, 'editTimeEntry', {
      id: again.id,
      entry: { ...edit, description: 'Invoices', start: again.start - 100 * MINUTE },
    });
    const dayAfterTomorrow = new Date(`${localDay(2)}T00:00`).getTime();
    await expect.poll(breakAlarmAt).toBe(dayAfterTomorrow);
    // ...and an alarm ringing now (as after a browser restart) shows nothing and is set back.
    await (
      await worker()
    ).evaluate(() => (globalThis as any).chrome.alarms.create('leeway-break', { when: Date.now() }));
    await expect.poll(breakAlarmAt).toBe(dayAfterTomorrow);
    expect(await shownNotifications()).toEqual([]);
    expect(browser().errors).toEqual([]);
  });

  it('shows in the sidebar too, where it is snoozed or dismissed (Firefox has no notification buttons)', async () => {
    const options = await browser().openOptions();
    const settings = (await sendRaw(options, 'getSettings', undefined)).res;
    const allWeek = { workDays: [0, 1, 2, 3, 4, 5, 6], daysOff: [], gaps: { ...settings.gaps, workHours: ALL_DAY } };
    expect((await sendRaw(options, 'updateSettings', allWeek)).err).toBeUndefined();
    // The first test left its entries and a timer running (a file shares its browser): cleared.
    await sendRaw(options, 'stopTimer', undefined);
    const left = (await sendRaw(options, 'listTimeEntries', { start: Date.now() - 48 * HOUR, end: Date.now() + 1 }))
      .res;
    for (const { id } of left) await sendRaw(options, 'deleteTimeEntry', { id });
    const noReminder = { remindedAt: null, snoozedUntil: null, shown: false };
    await putRaw(options, 'settings', noReminder, 'breakReminder');
    const gmail = await browser().openFixture('gmailInbox');
    await sidebar(gmail).getByRole('textbox', { name: 'What are you working on?' }).fill('Reports');
    await sidebar(gmail).getByRole('button', { name: 'Start', exact: true }).click();
    const reminder = sidebar(gmail).getByRole('group', { name: 'Time for a break' });
    const running = async () => (await sendRaw(options, 'getTimer', undefined)).res?.entry;
    await expect.poll(running).toMatchObject({ description: 'Reports' });
    expect(await reminder.count()).toBe(0);

    // Started 100 minutes ago: the alarm rings at once, the reminder shows beside the timer.
    const started = await running();
    const edit = {
      clientId: null,
      description: 'Reports',
      source: 'sidebar',
      start: started.start - 100 * MINUTE,
      end: null,
    };
    expect((await sendRaw(options, 'editTimeEntry', { id: started.id, entry: edit })).err).toBeUndefined();
    await expect.poll(() => reminder.isVisible()).toBe(true);
    expect(await reminder.locator('p').textContent()).toMatch(
      /^Time for a break You have been working for 1h 4[01]m without a break\.$/,
    );
    await expect.poll(shownNotifications).toEqual(['leeway-break']);

    // Snoozed from the sidebar: gone from the sidebar and the notifications, back in 15 minutes.
    const clickedAt = Date.now();
    await reminder.getByRole('button', { name: 'Remind me in 15 minutes' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    await expect.poll(shownNotifications).toEqual([]);
    await expect.poll(breakAlarmAt).toBeGreaterThanOrEqual(clickedAt + 15 * MINUTE);
    expect(await breakAlarmAt()).toBeLessThan(Date.now() + 16 * MINUTE);

    // The snooze over (its end moved back in the database), the alarm rings again: dismissed, the
    // reminder goes and comes back a stretch later.
    await putRaw(options, 'settings', { ...noReminder, snoozedUntil: Date.now() - MINUTE }, 'breakReminder');
    await (
      await worker()
    ).evaluate(() => (globalThis as any).chrome.alarms.create('leeway-break', { when: Date.now() }));
    await expect.poll(() => reminder.isVisible()).toBe(true);
    const shownAt = Date.now();
    await reminder.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    await expect.poll(shownNotifications).toEqual([]);
    await expect.poll(breakAlarmAt).toBeGreaterThan(shownAt + 89 * MINUTE);
    await sendRaw(options, 'stopTimer', undefined);
    expect(browser().errors).toEqual([]);
  });
});
