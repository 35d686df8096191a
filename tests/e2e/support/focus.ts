import { expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { LeewayBrowser } from './browser';

const MINUTE = 60_000;

/** Leeway's service worker as it runs now (woken by a message first when stopped). */
async function worker(browser: LeewayBrowser): Promise<Worker> {
  const { context, extensionId } = browser;
  const running = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return running.at(-1) ?? context.waitForEvent('serviceworker');
}

/**
 * Reads a record (no value; all of a store with a null key) or writes one in Leeway's database,
 * from the background's own origin: no Leeway page is opened, which would take the focus.
 */
async function record(browser: LeewayBrowser, store: string, key: string | null, value?: unknown): Promise<any> {
  return (await worker(browser)).evaluate(
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

/** What the background stores of the focus (lib/db/focus-repo.ts). */
export const focusState = (browser: LeewayBrowser) => record(browser, 'settings', 'focus');

/** The stored time entries, by start: id, start and end. */
export const storedEntries = async (browser: LeewayBrowser) =>
  ((await record(browser, 'timeEntries', null)) as any[])
    .sort((a, b) => a.start - b.start)
    .map(({ id, start, end }) => ({ id, start, end }));

/** Moves a stored time entry's start (as if started then). */
export async function moveStart(browser: LeewayBrowser, id: string, start: number): Promise<void> {
  await record(browser, 'timeEntries', null, { ...(await record(browser, 'timeEntries', id)), start });
}

/**
 * Playwright tells every page it has the focus; turned off for this one (and its sidebar's
 * frame), the browser's real focus and blur events reach it when another tab comes to the front.
 */
export async function realFocus(browser: LeewayBrowser, page: Page): Promise<void> {
  const frames = page.frames().filter((f) => f.url().startsWith('chrome-extension://'));
  for (const target of [page, ...frames]) {
    const cdp = await browser.context.newCDPSession(target);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  }
}

/**
 * Another tab (not Leeway's) comes to the front, then the user returns to `page`: the departure
 * the background stored is moved `minutes` back first, as if the user had been away that long.
 */
export async function beAway(browser: LeewayBrowser, page: Page, minutes: number): Promise<void> {
  const other = await browser.context.newPage();
  await other.bringToFront();
  await expect.poll(async () => (await focusState(browser))?.leftAt ?? null).not.toBeNull();
  const state = await focusState(browser);
  expect(state.focused).toEqual({});
  await record(browser, 'settings', 'focus', { ...state, leftAt: state.leftAt - minutes * MINUTE });
  await page.bringToFront();
  await other.close();
}
