import { afterAll, beforeAll, expect } from 'vitest';
import { launchLeeway, type LaunchOptions, type LeewayBrowser } from './browser';

/**
 * One Chromium with Leeway for the test file: launched before its tests, closed after them.
 * Errors raised after a test's own check (a late timer, a worker restart) fail the file.
 */
export function useLeewayBrowser(options?: LaunchOptions): () => LeewayBrowser {
  let browser: LeewayBrowser | undefined;
  beforeAll(async () => {
    browser = await launchLeeway(options);
  });
  afterAll(async () => {
    await browser?.close();
    expect(browser?.errors).toEqual([]);
  });
  return () => browser!;
}
