import type { Page } from 'playwright-core';
import { sendRaw } from './send-raw';

/**
 * Writes a record straight into Leeway's database from an extension page (same origin as the
 * background), bypassing every check: how a record from an older or broken version looks.
 */
export async function putRaw(page: Page, store: string, value: unknown, key?: string): Promise<void> {
  // The database is the background's to create: one answer from it, and it exists with its stores
  // (opened first from here, in a fresh profile, it would be created empty).
  await sendRaw(page, 'getSettings', undefined);
  return page.evaluate(
    ([store, value, key]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leeway');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key ?? undefined);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(tx.error ?? new Error('the transaction failed')));
        };
      }),
    [store, value, key ?? null] as const,
  );
}
