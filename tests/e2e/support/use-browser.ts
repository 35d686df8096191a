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

/**
 * One Chromium with Leeway per UI language, for a file that plays the same scenario in each:
 * launched before the file, closed after it; an error logged in any of them fails the file.
 */
export function useLeewayBrowserPerLanguage(): (language: 'en' | 'fr') => LeewayBrowser {
  const browsers = new Map<string, LeewayBrowser>();
  beforeAll(async () => {
    for (const language of ['en', 'fr']) browsers.set(language, await launchLeeway({ language }));
  });
  afterAll(async () => {
    for (const browser of browsers.values()) {
      await browser.close();
      expect(browser.errors).toEqual([]);
    }
  });
  return (language) => browsers.get(language)!;
}
