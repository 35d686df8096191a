import { afterAll, beforeAll, expect } from 'vitest';
import { launchDriver, type LeewayDriver } from './driver';

/**
 * The browser of this run with Leeway, for a file of tests/e2e/both/: launched before its tests,
 * closed after them. Errors raised after a test's own check fail the file.
 */
export function useDriver(): () => LeewayDriver {
  let driver: LeewayDriver | undefined;
  beforeAll(async () => {
    driver = await launchDriver();
  });
  afterAll(async () => {
    await driver?.close();
    expect(driver?.errors).toEqual([]);
  });
  return () => driver!;
}
