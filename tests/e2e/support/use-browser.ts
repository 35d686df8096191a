import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchLeeway, type LaunchOptions, type LeewayBrowser } from './browser';

export interface BrowserScope {
  /**
   * 'each': a fresh browser, with an empty database, for every test, so each test makes the data
   * it needs and runs alone (`-t`) or in any order. 'file' (the default): one for the file.
   */
  per?: 'each' | 'file';
}

/**
 * One Chromium with Leeway for the test file (or for each test): launched before, closed after.
 * Errors raised after a test's own check (a late timer, a worker restart) fail the file.
 */
export function useLeewayBrowser(options?: LaunchOptions, { per = 'file' }: BrowserScope = {}): () => LeewayBrowser {
  let browser: LeewayBrowser | undefined;
  const [before, after] = per === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    browser = await launchLeeway(options);
  });
  after(async () => {
    await browser?.close();
    expect(browser?.errors).toEqual([]);
  });
  return () => browser!;
}
