import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';

const ROOT = resolve(import.meta.dirname, '../..');

// The extension APIs that need a manifest permission, by namespace or by method. Those the code
// may use without one (runtime, i18n, permissions, tabs.query without URLs, tabs.sendMessage,
// tabs.connect, tabs.update to send a tab to an address) are absent.
const PERMISSION_OF: Record<string, string> = {
  storage: 'storage',
  'tabs.executeScript': 'tabs',
  'tabs.captureVisibleTab': 'activeTab',
  scripting: 'scripting',
  alarms: 'alarms',
  notifications: 'notifications',
  contextMenus: 'contextMenus',
  downloads: 'downloads',
  clipboardWrite: 'clipboardWrite',
  identity: 'identity',
  cookies: 'cookies',
  webRequest: 'webRequest',
  sidePanel: 'sidePanel',
};

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('the built manifest', () => {
  it('asks for exactly the permissions the code uses, on the two Google hosts only', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const files = (await Promise.all(['entrypoints', 'lib', 'components'].map(sourceFiles))).flat();
    const used = new Set<string>();
    for (const file of files) {
      for (const [, namespace, method] of (await readFile(file, 'utf8')).matchAll(
        // A call Prettier wraps (browser.notifications⏎.create) counts too.
        /\b(?:browser|chrome)\.(\w+)\??\s*\.(\w+)/g,
      )) {
        used.add(`${namespace}.${method}`);
      }
    }
    const needed = [
      ...new Set([...used].map((api) => PERMISSION_OF[api] ?? PERMISSION_OF[api.split('.')[0]!]).filter(Boolean)),
    ].sort();

    expect([...used].sort()).toEqual([
      // The break reminder (issue 10): an alarm for when it is due, a notification with a snooze.
      'alarms.clear',
      'alarms.create',
      'alarms.onAlarm',
      'i18n.getMessage',
      'i18n.getUILanguage',
      'notifications.clear',
      'notifications.create',
      'notifications.onButtonClicked',
      'notifications.onClosed',
      'permissions.contains',
      'permissions.onAdded',
      'permissions.onRemoved',
      'permissions.request',
      'runtime.connect',
      'runtime.getURL',
      'runtime.id',
      'runtime.lastError',
      'runtime.onConnect',
      'runtime.onInstalled',
      'runtime.onStartup',
      'runtime.openOptionsPage',
      'sidePanel.open',
      'sidePanel.setOptions',
      'storage.sync',
      'tabs.connect',
      'tabs.onActivated',
      'tabs.onUpdated',
      'tabs.query',
    ]);
    expect(needed).toEqual(['alarms', 'notifications', 'sidePanel', 'storage']);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(needed);
    expect(manifest.host_permissions).toEqual(['https://mail.google.com/*', 'https://calendar.google.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    // Only the sidebar's page is reachable, only from Gmail and Calendar, at a per-session URL.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['sidebar.html'],
        matches: ['https://mail.google.com/*', 'https://calendar.google.com/*'],
        use_dynamic_url: true,
      },
    ]);
    expect(
      manifest.content_scripts
        .map((c: { matches: string[] }) => c.matches)
        .flat()
        .sort(),
    ).toEqual(['https://calendar.google.com/*', 'https://mail.google.com/*']);
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
  });
});
