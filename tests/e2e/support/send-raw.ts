import type { Page } from 'playwright-core';

/** Sends a raw protocol message from an extension page, as @webext-core/messaging frames it. */
export function sendRaw(page: Page, type: string, data: unknown) {
  return page.evaluate(
    ([type, data]) => (globalThis as any).chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }),
    [type, data] as const,
  ) as Promise<{ res?: any; err?: { message: string } }>;
}
