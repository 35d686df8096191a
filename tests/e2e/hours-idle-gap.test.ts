import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const MINUTE = 60_000;

/** Leeway's service worker as it runs now (woken by a message first when stopped). */
async function worker(): Promise<Worker> {
  const { context, extensionId } = browser();
  const running = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return running.at(-1) ?? context.waitForEvent('serviceworker');
}

/** Reads (no value) or writes a record of Leeway's database, in the background's own origin. */
async function record(store: string, key: string | null, value?: unknown): Promise<any> {
  return (await worker()).evaluate(
    ([store, key, value]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('leeway');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, value === undefined ? 'readonly' : 'readwrite');
          const request =
            value !== undefined
              ? tx.objectStore(store).put(value, key ?? undefined)
              : key === null
                ? tx.objectStore(store).getAll()
                : tx.objectStore(store).get(key);
          tx.oncomplete = () => (db.close(), resolve(request.result));
          tx.onerror = () => (db.close(), reject(tx.error ?? new Error('the transaction failed')));
        };
      }),
    [store, key, value] as const,
  );
}
const focusState = () => record('settings', 'focus');
const entries = async () =>
  ((await record('timeEntries', null)) as any[])
    .sort((a, b) => a.start - b.start)
    .map(({ id, start, end }) => ({ id, start, end }));

/**
 * Playwright tells every page it has the focus; turned off for this one (and its sidebar's
 * frame), the browser's real focus and blur events reach it when another tab comes to the front.
 */
async function realFocus(page: Page): Promise<void> {
  for (const frame of [page.mainFrame(), ...page.frames().filter((f) => f.url().startsWith('chrome-extension://'))]) {
    const cdp = await browser().context.newCDPSession(frame === page.mainFrame() ? page : frame);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  }
}

/** Another tab (not Leeway's) comes to the front, then the user returns, `away` minutes later as stored. */
async function beAway(gmail: Page, away: number): Promise<void> {
  const other = await browser().context.newPage();
  await other.bringToFront();
  await expect.poll(async () => (await focusState())?.leftAt ?? null).not.toBeNull();
  const state = await focusState();
  expect(state.focused).toEqual({});
  // As if the user had left `away` minutes ago: the stored departure moves back.
  await record('settings', 'focus', { ...state, leftAt: state.leftAt - away * MINUTE });
  await gmail.bringToFront();
  await other.close();
}

describe('the idle gap', () => {
  it('is offered on return to a Leeway tab, and discarded or kept', async () => {
    const gmail = await browser().openFixture('gmailInbox');
    await sidebar(gmail).getByRole('textbox', { name: 'What are you working on?' }).fill('Newsletter');
    await sidebar(gmail).getByRole('button', { name: 'Start the timer' }).click();
    await expect.poll(() => sidebarField(gmail, 'timer-description').textContent()).toBe('Newsletter');
    const [started] = await entries();
    // The timer started an hour ago (moved back in the database).
    const start = started!.start - 60 * MINUTE;
    await record('timeEntries', null, { ...(await record('timeEntries', started!.id)), start });
    await realFocus(gmail);

    // Away 42 minutes: on return the sidebar offers the time; discarded, the entry ends where the
    // user left and the timer runs on from the return.
    await beAway(gmail, 42);
    const offer = sidebar(gmail).getByRole('group', { name: 'Time away' });
    await expect.poll(() => offer.textContent()).toContain('You were away 42m (');
    const { offer: stored } = await focusState();
    expect(stored.end - stored.start).toBe(42 * MINUTE);
    await offer.getByRole('button', { name: 'Discard it' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    const [before, after] = await entries();
    expect(before).toEqual({ id: started!.id, start, end: stored.start });
    expect(after).toMatchObject({ start: stored.end, end: null });
    expect(await sidebarField(gmail, 'timer-description').textContent()).toBe('Newsletter');
    expect((await focusState()).offer).toBeNull();

    // The timer resumed 35 minutes ago (moved back, not into the entry before); away 30 minutes
    // more, and the time kept: the offer goes, the entries stay as they were.
    const resumed = { ...after!, start: after!.start - 35 * MINUTE };
    await record('timeEntries', null, { ...(await record('timeEntries', after!.id)), start: resumed.start });
    await beAway(gmail, 30);
    await expect.poll(() => offer.textContent()).toContain('You were away 30m (');
    await offer.getByRole('button', { name: 'Keep this time' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    expect(await entries()).toEqual([before, resumed]);
    expect((await focusState()).offer).toBeNull();
    expect(browser().errors).toEqual([]);
  });
});
