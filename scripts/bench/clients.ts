// The client lookup a Gmail thread triggers (getClientCard: the message, the IndexedDB index
// lookups, the flags of that client and the status) with 10,000 clients and 100,000 flags
// stored, from an extension page. Seeds a fresh profile's database directly.
import type { LeewayBrowser } from '../../tests/e2e/support/browser.ts';
import { sendRaw } from '../../tests/e2e/support/send-raw.ts';
import { median } from '../stats.ts';

const CLIENTS = 10_000;
const FLAGS = 100_000;

export async function measureClientLookup(browser: LeewayBrowser, runs: number) {
  const page = await browser.openOptions();
  // Wakes the worker so the database exists at its current version, then seeds it directly
  // (the extension's pages share its IndexedDB), in one transaction.
  await sendRaw(page, 'rankClients', undefined);
  const seededIn = await page.evaluate(
    async ({ clients, flags }) => {
      const started = performance.now();
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('leeway');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
      });
      const tx = db.transaction(['clients', 'flags'], 'readwrite');
      const now = Date.now();
      for (let c = 0; c < clients; c++) {
        tx.objectStore('clients').put({
          id: `client-${c}`,
          name: `Client ${c}`,
          status: 'watch',
          addresses: [`person${c}@company${c}.com`],
          domains: c % 10 === 0 ? [`company${c}.com`] : [],
          createdAt: now,
          updatedAt: now,
        });
      }
      for (let f = 0; f < flags; f++) {
        tx.objectStore('flags').put({
          id: `flag-${f}`,
          clientId: `client-${f % clients}`,
          signs: ['scope-creep'],
          severity: 'medium',
          note: '',
          thread: { subject: `Thread ${f}` },
          at: now - (f % 120) * 86_400_000,
          updatedAt: now,
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error ?? new Error('the transaction failed'));
      });
      db.close();
      return performance.now() - started;
    },
    { clients: CLIENTS, flags: FLAGS },
  );

  const timings: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const email = run % 2 ? `person${run * 397}@company${run * 397}.com` : `someone@company${run * 400}.com`;
    const ms = await page.evaluate(async (email) => {
      const started = performance.now();
      const answer = await (globalThis as any).chrome.runtime.sendMessage({
        id: 1,
        type: 'getClientCard',
        data: { email },
        timestamp: Date.now(),
      });
      if (!answer.res) throw new Error(`no client for ${email}: ${JSON.stringify(answer)}`);
      return performance.now() - started;
    }, email);
    if (run > 0) timings.push(ms); // the first lookup warms the worker up
  }
  await page.close();
  return {
    clients: CLIENTS,
    flags: FLAGS,
    seededS: seededIn / 1000,
    medianMs: median(timings),
    minMs: Math.min(...timings),
    maxMs: Math.max(...timings),
  };
  if (browser.errors.length > 0) console.error(browser.errors.join('\n'));
  await browser.close();
}
