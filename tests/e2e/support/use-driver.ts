import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchDriver, type LeewayDriver } from './driver';
import type { BrowserScope } from './use-browser';

/**
 * The browser of this run with Leeway, for a file of tests/e2e/both/: launched before its tests
 * (or before each, with `per: 'each'`), closed after them. Errors raised after a test's own check
 * fail the file.
 */
export function useDriver({ per = 'file' }: BrowserScope = {}): () => LeewayDriver {
  let driver: LeewayDriver | undefined;
  const [before, after] = per === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    driver = await launchDriver();
  });
  after(async () => {
    await driver?.close();
    expect(driver?.errors).toEqual([]);
  });
  return () => driver!;
}
