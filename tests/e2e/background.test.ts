import { describe, expect, it } from 'vitest';
import { putRaw } from './support/put-raw';
import { sendRaw } from './support/send-raw';
import { useLeewayBrowser } from './support/use-browser';
import { sidebar } from './support/sidebar';

// A browser per test: several fold the sidebar, which the first expects open.
const browser = useLeewayBrowser(undefined, { per: 'each' });

describe('the background', () => {
  it('keeps a value saved through the protocol after the service worker is stopped and woken', async () => {
    const gmail = await browser().openFixture('gmailThread');
    await sidebar(gmail).getByRole('button', { name: 'Collapse Leeway' }).click();
    await sidebar(gmail).getByRole('button', { name: 'Open Leeway' }).waitFor();

    await browser().stopServiceWorker();

    // The reload's first message wakes the worker, which reads the value back from IndexedDB.
    await gmail.reload();
    // Folded: the thin rail, with its button to unfold.
    await sidebar(gmail).getByRole('button', { name: 'Open Leeway' }).waitFor();
    expect(await gmail.locator('leeway-sidebar iframe').evaluate((frame) => frame.getBoundingClientRect().width)).toBe(
      44,
    );

    const options = await browser().openOptions();
    expect(await sendRaw(options, 'getSettings', undefined)).toMatchObject({ res: { sidebarCollapsed: true } });
    expect(await options.getByRole('checkbox', { name: 'Keep the sidebar folded' }).isChecked()).toBe(true);
    expect(browser().errors).toEqual([]);
  });

  it('rejects a malformed message with a clear error, changes nothing, and serves the next one', async () => {
    const options = await browser().openOptions();
    const before = await sendRaw(options, 'getSettings', undefined);

    const wrongType = await sendRaw(options, 'updateSettings', { sidebarCollapsed: 'no' });
    expect(wrongType.res).toBeUndefined();
    expect(wrongType.err?.message).toContain('Invalid "updateSettings" message');
    expect(wrongType.err?.message).toContain('sidebarCollapsed');

    const unknownKey = await sendRaw(options, 'updateSettings', { theme: 'dark' });
    expect(unknownKey.err?.message).toBe('Invalid "updateSettings" message: ✖ Unrecognized key: "theme"');

    const notAnObject = await sendRaw(options, 'updateSettings', 'collapse everything');
    expect(notAnObject.err?.message).toContain('Invalid "updateSettings" message');

    expect(await sendRaw(options, 'getSettings', undefined)).toEqual(before);

    const valid = await sendRaw(options, 'updateSettings', { sidebarCollapsed: false });
    expect(valid).toMatchObject({ res: { sidebarCollapsed: false } });
    expect(await sendRaw(options, 'getSettings', undefined)).toMatchObject({ res: { sidebarCollapsed: false } });
    expect(browser().errors).toEqual([]);
  });

  it('applies a setting changed on the options page to the sidebar', async () => {
    const options = await browser().openOptions();
    await options.getByRole('checkbox', { name: 'Keep the sidebar folded' }).check();
    await expect
      .poll(() => sendRaw(options, 'getSettings', undefined))
      .toMatchObject({ res: { sidebarCollapsed: true } });

    const calendar = await browser().openFixture('calendarWeek');
    await sidebar(calendar).getByRole('button', { name: 'Open Leeway' }).waitFor();
    expect(browser().errors).toEqual([]);
  });

  it('shows one unreadable setting on the options page, keeps the others, and lets a change replace it', async () => {
    const options = await browser().openOptions();
    await putRaw(options, 'settings', { sidebarCollapsed: 'maybe', signature: 'Best, Ana' }, 'app');
    await options.reload();
    const settings = options.locator('#settings');
    await expect
      .poll(() => settings.getByRole('alert').textContent())
      .toContain('Some saved settings could not be read; Leeway uses their defaults until you change them');
    expect(await settings.getByRole('alert').textContent()).toContain('sidebarCollapsed');
    expect(await settings.getByLabel('Signature').inputValue()).toBe('Best, Ana');

    await settings.getByRole('checkbox', { name: 'Keep the sidebar folded' }).check();
    await expect.poll(() => settings.getByRole('alert').count()).toBe(0);
    expect(await sendRaw(options, 'getSettings', undefined)).toMatchObject({
      res: { sidebarCollapsed: true, signature: 'Best, Ana' },
    });
    expect(browser().errors).toEqual([]);
  });
});
