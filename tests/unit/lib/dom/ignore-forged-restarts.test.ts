import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreForgedRestarts } from '@/lib/dom/ignore-forged-restarts';

// A newer copy of a content script announces itself by constructing its context, with a
// document event that a page script can dispatch just the same (tests/e2e/sidebar-frame.test.ts
// does it in Chromium). `signal.aborted` is read rather than `isValid`, which would itself ask
// whether the extension is still there.
const runningCopy = () => {
  const ctx = new ContentScriptContext('gmail');
  ignoreForgedRestarts(ctx);
  return ctx;
};
const announceNewerCopy = () => new ContentScriptContext('gmail');

const extensionId = fakeBrowser.runtime.id;
afterEach(() => {
  fakeBrowser.runtime.id = extensionId;
});

describe('a page script can stop Leeway', () => {
  it('cannot: the announcement, replayed while the extension is there, is ignored', () => {
    const ctx = runningCopy();
    announceNewerCopy();
    expect(ctx.signal.aborted).toBe(false);
  });

  it('a newer copy still stops the old one once its extension is gone (updated or reloaded)', () => {
    const ctx = runningCopy();
    // What an orphaned content script sees of its extension after an update or a reload.
    fakeBrowser.runtime.id = undefined as unknown as string;
    announceNewerCopy();
    expect(ctx.signal.aborted).toBe(true);
  });
});
