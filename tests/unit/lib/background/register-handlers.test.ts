import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepos } from '@/lib/db/repos';
import { registerHandlers } from '@/lib/background/register-handlers';
import { createDbConnection } from '@/lib/db/open-db';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/lib/settings/settings';
import { defaultTemplates } from '@/lib/templates/defaults';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  const getDb = createDbConnection();
  registerHandlers(createRepos(getDb));
});
afterEach(() => removeAllListeners());

describe('the background protocol', () => {
  it('saves and reads settings', async () => {
    expect(await sendMessage('getSettings', undefined)).toEqual(defaultSettings);
    expect(await sendMessage('updateSettings', { sidebarCollapsed: true })).toEqual({
      ...defaultSettings,
      sidebarCollapsed: true,
    });
    expect(await sendMessage('getSettings', undefined)).toEqual({ ...defaultSettings, sidebarCollapsed: true });
  });

  it.each([
    ['a wrong type', { sidebarCollapsed: 'yes' }, 'expected boolean, received string'],
    ['an unknown key', { sidebarCollapsed: true, theme: 'dark' }, 'Unrecognized key: "theme"'],
    ['a non-object', 42, 'expected object, received number'],
    ['null', null, 'expected object, received null'],
  ])('refuses %s with a clear error and stores nothing', async (_, payload, problem) => {
    const send = sendMessage as (type: 'updateSettings', data: unknown) => Promise<unknown>;
    const error = await send('updateSettings', payload).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('Invalid "updateSettings" message');
    expect((error as Error).message).toContain(problem);
    expect(await sendMessage('getSettings', undefined)).toEqual(defaultSettings);
  });

  it('refuses a payload on a message that takes none', async () => {
    const send = sendMessage as (type: 'getSettings', data: unknown) => Promise<unknown>;
    await expect(send('getSettings', { all: true })).rejects.toThrow('Invalid "getSettings" message');
  });
});

// Who sends a message, as the browser tells the background (runtime.MessageSender).
interface Sender {
  tab?: { id: number };
  url?: string;
}
const GMAIL_CONTENT_SCRIPT: Sender = { tab: { id: 7 }, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz' };
const CALENDAR_CONTENT_SCRIPT: Sender = { tab: { id: 8 }, url: 'https://calendar.google.com/calendar/u/0/r/week' };
const SIDEBAR_FRAME: Sender = { tab: { id: 7 }, url: fakeBrowser.runtime.getURL('/sidebar.html') };
const OPTIONS_PAGE: Sender = { tab: { id: 9 }, url: fakeBrowser.runtime.getURL('/options.html') };
const SIDE_PANEL: Sender = { url: fakeBrowser.runtime.getURL('/sidepanel.html') };

/** Delivers a message as @webext-core/messaging frames it, from `sender`; answers its reply. */
function sendFrom(sender: Sender, type: string, data: unknown): Promise<{ res?: any; err?: { message: string } }> {
  return new Promise((reply) => {
    const message = { id: 1, type, data, timestamp: Date.now() };
    void fakeBrowser.runtime.onMessage.trigger(message, sender as Browser.runtime.MessageSender, reply);
  });
}

const flagPayload = (name: string, email: string) => ({
  person: { name, email },
  thread: { subject: 'Invoices' },
  flag: { signs: ['late-payment'], severity: 'low', note: '' },
});

describe('options-only messages are accepted only from the extension pages', () => {
  // Every message a Leeway page sends that no content script does, with a valid payload.
  it.each([
    ['updateSettings', { signature: 'Sent from a hijacked page' }],
    ['getSettingsProblems', undefined],
    ['openOptionsPage', undefined],
    ['listTemplates', undefined],
    ['saveTemplate', { ...defaultTemplates[0]!, id: undefined, name: 'Planted' }],
    ['deleteTemplate', { id: defaultTemplates[0]!.id }],
    ['restoreDefaultTemplate', { id: defaultTemplates[0]!.id }],
    ['recordTemplateUse', { id: defaultTemplates[0]!.id }],
    ['getClientCard', { email: 'mark@northwind-creative.com' }],
    ['flagClient', flagPayload('Mark', 'mark@northwind-creative.com')],
    ['updateFlag', { id: 'flag-1', flag: { signs: ['late-payment'], severity: 'low', note: '' } }],
    ['deleteFlag', { id: 'flag-1' }],
    ['rankClients', undefined],
    ['getClientTimeline', { id: 'client-1' }],
    ['updateClient', { id: 'client-1', name: 'Renamed' }],
    ['mergeClients', { keptId: 'client-1', mergedId: 'client-2' }],
  ])('refuses "%s" from a content script in a Google page', async (type, payload) => {
    for (const sender of [GMAIL_CONTENT_SCRIPT, CALENDAR_CONTENT_SCRIPT]) {
      const { res, err } = await sendFrom(sender, type, payload);
      expect(res).toBeUndefined();
      expect(err?.message).toBe(`"${type}" is only accepted from Leeway's own pages`);
    }
  });

  it('leaves stored data untouched when a content script sends them', async () => {
    const a = (await sendMessage('flagClient', flagPayload('Mark', 'mark@northwind-creative.com') as never)).client;
    const b = (await sendMessage('flagClient', flagPayload('Priya', 'priya@elsewhere.org') as never)).client;
    await sendFrom(GMAIL_CONTENT_SCRIPT, 'mergeClients', { keptId: a.id, mergedId: b.id });
    await sendFrom(GMAIL_CONTENT_SCRIPT, 'deleteTemplate', { id: defaultTemplates[0]!.id });
    await sendFrom(GMAIL_CONTENT_SCRIPT, 'updateSettings', { signature: 'Sent from a hijacked page' });
    expect((await sendMessage('rankClients', undefined)).ranking).toHaveLength(2);
    expect((await sendMessage('listTemplates', undefined)).templates.map((t) => t.id)).toContain(
      defaultTemplates[0]!.id,
    );
    expect(await sendMessage('getSettings', undefined)).toEqual(defaultSettings);
  });

  it('accepts them from the sidebar frame inside a Google tab, the options page and the side panel', async () => {
    for (const sender of [SIDEBAR_FRAME, OPTIONS_PAGE, SIDE_PANEL]) {
      expect(await sendFrom(sender, 'rankClients', undefined)).toEqual({ res: { ranking: [], unreadable: [] } });
    }
    const saved = await sendFrom(OPTIONS_PAGE, 'updateSettings', { signature: 'Best, Ana' });
    expect(saved.res).toMatchObject({ signature: 'Best, Ana' });
  });

  it('still serves a content script what it sends today: settings and the sidebar placement only', async () => {
    expect((await sendFrom(GMAIL_CONTENT_SCRIPT, 'getSettings', undefined)).res).toEqual(defaultSettings);
    const placed = await sendFrom(GMAIL_CONTENT_SCRIPT, 'updateSidebarPlacement', {
      sidebarWidth: 400,
      sidebarCollapsed: true,
    });
    expect(placed.res).toMatchObject({ sidebarWidth: 400, sidebarCollapsed: true });
    const sneaky = await sendFrom(GMAIL_CONTENT_SCRIPT, 'updateSidebarPlacement', { signature: 'Hijacked' });
    expect(sneaky.err?.message).toContain('Unrecognized key: "signature"');
    expect((await sendMessage('getSettings', undefined)).signature).toBe('');
  });
});
