import { describe, expect, it } from 'vitest';
import { beAway, focusState, moveStart, realFocus, storedEntries } from './support/focus';
import { sendRaw } from './support/send-raw';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const MINUTE = 60_000;

describe('the idle gap', () => {
  it('is offered on return to a Leeway tab, and discarded or kept', async () => {
    const gmail = await browser().openFixture('gmailInbox');
    await sidebar(gmail).getByRole('textbox', { name: 'What are you working on?' }).fill('Newsletter');
    await sidebar(gmail).getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => sidebarField(gmail, 'timer-description').textContent()).toBe('Newsletter');
    const [started] = await storedEntries(browser());
    // The timer started an hour ago (moved back in the database).
    const start = started!.start - 60 * MINUTE;
    await moveStart(browser(), started!.id, start);
    await realFocus(browser(), gmail);

    // Away 42 minutes: on return the sidebar offers the time; discarded, the entry ends where the
    // user left and the timer runs on from the return.
    await beAway(browser(), gmail, 42);
    const offer = sidebar(gmail).getByRole('group', { name: 'Time away' });
    await expect.poll(() => offer.textContent()).toMatch(/^You were away 4[23]m \(.+\) while the timer ran\./);
    const { offer: stored } = await focusState(browser());
    // 42 minutes, and the moment it took to come back.
    expect(stored.end - stored.start).toBeGreaterThanOrEqual(42 * MINUTE);
    expect(stored.end - stored.start).toBeLessThan(43 * MINUTE);
    await offer.getByRole('button', { name: 'Discard it' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    const [before, after] = await storedEntries(browser());
    expect(before).toEqual({ id: started!.id, start, end: stored.start });
    expect(after).toMatchObject({ start: stored.end, end: null });
    expect(await sidebarField(gmail, 'timer-description').textContent()).toBe('Newsletter');
    expect((await focusState(browser())).offer).toBeNull();

    // The timer resumed 35 minutes ago (moved back, not into the entry before); away 30 minutes
    // more, and the time kept: the offer goes, the entries stay as they were.
    const resumed = { ...after!, start: after!.start - 35 * MINUTE };
    await moveStart(browser(), after!.id, resumed.start);
    await beAway(browser(), gmail, 30);
    await expect.poll(() => offer.textContent()).toMatch(/^You were away 3[01]m \(/);
    await offer.getByRole('button', { name: 'Keep this time' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    expect(await storedEntries(browser())).toEqual([before, resumed]);
    expect((await focusState(browser())).offer).toBeNull();

    // The length is the user's, on the options page (Hours).
    const options = await browser().openOptions();
    const length = options.getByRole('spinbutton', {
      name: 'Offer to discard time away from Leeway after this many minutes',
    });
    expect(await length.inputValue()).toBe('10');
    await length.fill('25');
    await length.blur();
    await expect.poll(async () => (await sendRaw(options, 'getSettings', undefined)).res.hours.idleMinutes).toBe(25);
    expect(browser().errors).toEqual([]);
  });
});
