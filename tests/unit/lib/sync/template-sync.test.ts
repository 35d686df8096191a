import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { createTemplatesRepo } from '@/lib/db/templates-repo';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import type { SettingsPatch } from '@/lib/settings/settings';
import { createTemplateSync } from '@/lib/sync/template-sync';
import { itemBytes as bytes, SYNC_BUDGET, SYNC_QUOTA } from '@/lib/sync/sync-rules';

// Two profiles (two computers): each its own database, both on the same sync storage, faked at
// the storage API as WXT's testing docs do (fakeBrowser.storage.sync).

function profile(options: { clock: { now: number }; enabled?: boolean }) {
  const factory = new IDBFactory();
  const getDb = createDbConnection(() => {
    // openDB asks the global factory synchronously: this profile's, for that call only.
    const previous = globalThis.indexedDB;
    globalThis.indexedDB = factory;
    try {
      return openLeewayDb();
    } finally {
      globalThis.indexedDB = previous;
    }
  });
  const state = { enabled: options.enabled ?? true };
  const settings = createSettingsRepo(getDb);
  const sync = createTemplateSync({
    getDb,
    area: fakeBrowser.storage.sync,
    settings,
    enabled: async () => state.enabled,
    now: () => options.clock.now,
  });
  return {
    state,
    settings,
    /** As the background's handler does: dated for sync, then written. */
    updateSettings: async (patch: SettingsPatch) => {
      await sync.settingsChanged(patch);
      return settings.update(patch);
    },
    templates: createTemplatesRepo(getDb, () => options.clock.now),
    sync,
  };
}

const draft = (name: string, body: string) => ({
  name,
  category: 'other' as const,
  language: 'en' as const,
  subject: '',
  body,
  fields: [],
});

describe('settings through storage.sync', () => {
  it('arrive on the other machine, all but what belongs to one machine', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    await desktop.updateSettings({ sidebarWidth: 400 });
    clock.now = 2_000;
    await laptop.updateSettings({ signature: 'Alex, VA', daysOff: ['2026-12-24'], sidebarWidth: 500 });
    await laptop.sync.sync();
    const { settings } = await desktop.sync.sync();
    expect(settings).toMatchObject({ signature: 'Alex, VA', daysOff: ['2026-12-24'], sidebarWidth: 400 });
    expect(await desktop.settings.get()).toMatchObject({ signature: 'Alex, VA', sidebarWidth: 400 });
  });

  it('a new computer with the defaults does not overwrite the settings of one in use', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    await laptop.settings.update({ signature: 'Set before sync existed' });
    const fresh = profile({ clock });
    await fresh.sync.sync();
    await laptop.sync.sync();
    await fresh.sync.sync();
    expect((await laptop.settings.get()).signature).toBe('Set before sync existed');
    expect((await fresh.settings.get()).signature).toBe('Set before sync existed');
  });
});

describe('templates through storage.sync', () => {
  it('a template edited in one profile arrives in the other', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    const saved = await laptop.templates.save(draft('Invoice reminder', 'Hi, a gentle reminder.'));
    await laptop.sync.sync();
    await desktop.sync.sync();
    const arrived = (await desktop.templates.list()).templates.find((t) => t.id === saved.id);
    expect(arrived).toMatchObject({ name: 'Invoice reminder', body: 'Hi, a gentle reminder.' });

    clock.now = 2_000;
    await laptop.templates.save({ ...draft('Invoice reminder', 'Hi, second reminder.'), id: saved.id });
    await laptop.sync.sync();
    await desktop.sync.sync();
    expect((await desktop.templates.list()).templates.find((t) => t.id === saved.id)?.body).toBe(
      'Hi, second reminder.',
    );
    // A default deleted on one machine is deleted on the other.
    await desktop.templates.remove('default-delay-en');
    await desktop.sync.sync();
    await laptop.sync.sync();
    expect((await laptop.templates.list()).deletedDefaults.map((t) => t.id)).toContain('default-delay-en');
    expect((await laptop.sync.status()).conflicts).toEqual([]);
  });

  it('a default edited then restored stays restored, here and on the other machine', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    const {
      origin: _origin,
      usage: _usage,
      ...original
    } = (await laptop.templates.list()).templates.find((t) => t.id === 'default-delay-en')!;
    await laptop.templates.save({ ...original, body: 'Edited.' });
    await laptop.sync.sync();
    await desktop.sync.sync();
    expect((await desktop.templates.list()).templates.find((t) => t.id === original.id)?.body).toBe('Edited.');

    clock.now = 2_000;
    await laptop.templates.restoreDefault(original.id);
    await laptop.sync.sync();
    await desktop.sync.sync();
    for (const machine of [laptop, desktop])
      expect((await machine.templates.list()).templates.find((t) => t.id === original.id)?.origin).toBe('default');
  });

  it('edited on both: the newer wins on both machines, and the one that lost an edit is told', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    const saved = await laptop.templates.save(draft('Follow-up', 'Version one.'));
    await laptop.sync.sync();
    await desktop.sync.sync();

    clock.now = 2_000;
    await laptop.templates.save({ ...draft('Follow-up', 'Laptop edit.'), id: saved.id });
    clock.now = 3_000;
    await desktop.templates.save({ ...draft('Follow-up', 'Desktop edit, newer.'), id: saved.id });
    await laptop.sync.sync();
    await desktop.sync.sync();
    await laptop.sync.sync();

    for (const machine of [laptop, desktop])
      expect((await machine.templates.list()).templates.find((t) => t.id === saved.id)?.body).toBe(
        'Desktop edit, newer.',
      );
    expect((await desktop.sync.status()).conflicts).toEqual([
      { id: saved.id, name: 'Follow-up', kept: 'local', at: 3_000 },
    ]);
    await desktop.sync.dismissConflicts();
    expect((await desktop.sync.status()).conflicts).toEqual([]);
  });

  it('sends a 20 kB template in parts, each within 8 KB, and the other machine reads it whole', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    const body = 'Clause 1. Les parties conviennent… '.repeat(570).slice(0, 20_000);
    expect(new TextEncoder().encode(body).length).toBeGreaterThan(20_000);
    const big = await laptop.templates.save(draft('Full contract', body));
    await laptop.templates.save(draft('Short one', 'Hi.'));
    await laptop.sync.sync();
    expect((await laptop.sync.status()).refused).toEqual([]);
    const items = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(items).filter((key) => key.startsWith('part:')).length).toBeGreaterThanOrEqual(3);
    for (const [key, value] of Object.entries(items))
      expect(bytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    expect(Object.entries(items).reduce((sum, [key, value]) => sum + bytes(key, value), 0)).toBeLessThanOrEqual(
      SYNC_BUDGET.bytesTotal,
    );

    await desktop.sync.sync();
    const arrived = (await desktop.templates.list()).templates.find((t) => t.id === big.id);
    expect(arrived).toMatchObject({ name: 'Full contract', body });
    expect((await desktop.templates.list()).templates.map((t) => t.name)).toContain('Short one');
  });

  it('takes out the parts an older, longer version left, and reads the new one', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    const big = await laptop.templates.save(draft('Contract', 'a'.repeat(20_000)));
    await laptop.sync.sync();
    const before = Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith('part:'));
    expect(before).toHaveLength(3);

    clock.now = 2_000;
    await laptop.templates.save({ ...draft('Contract', 'b'.repeat(9_000)), id: big.id });
    await laptop.sync.sync();
    const after = Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith('part:'));
    expect(after.sort()).toEqual([`part:0:template:${big.id}`, `part:1:template:${big.id}`]);
    await desktop.sync.sync();
    expect((await desktop.templates.list()).templates.find((t) => t.id === big.id)?.body).toBe('b'.repeat(9_000));

    // Short enough for one item again: no part of it is left.
    clock.now = 3_000;
    await laptop.templates.save({ ...draft('Contract', 'c'.repeat(100)), id: big.id });
    await laptop.sync.sync();
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith('part:'))).toEqual([]);
    await desktop.sync.sync();
    expect((await desktop.templates.list()).templates.find((t) => t.id === big.id)?.body).toBe('c'.repeat(100));
  });

  it('ignores a set of parts with one missing, keeping the version it had, until the rest arrives', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    const big = await laptop.templates.save(draft('Contract', 'a'.repeat(20_000)));
    await laptop.sync.sync();
    await desktop.sync.sync();
    const last = `part:2:template:${big.id}`;
    const older = (await fakeBrowser.storage.sync.get(last))[last];

    clock.now = 2_000;
    await laptop.templates.save({ ...draft('Contract', 'b'.repeat(20_000)), id: big.id });
    await laptop.sync.sync();
    // The browser delivered the head and some parts to the desktop, not yet the last one.
    const all = await fakeBrowser.storage.sync.get(null);
    expect(all[last]).toBeDefined();
    await fakeBrowser.storage.sync.remove(last);

    clock.now = 3_000;
    expect((await desktop.sync.sync()).changed).toBe(false);
    const kept = await desktop.templates.list();
    expect(kept.unreadable).toEqual([]);
    expect(kept.templates.find((t) => t.id === big.id)?.body).toBe('a'.repeat(20_000));
    // Nor did the desktop write its older version over the newer one on its way.
    expect((await fakeBrowser.storage.sync.get(`template:${big.id}`))[`template:${big.id}`]).toMatchObject({
      updatedAt: 2_000,
    });

    // The older version's last part in its place (it would join into valid JSON) is not joined either.
    await fakeBrowser.storage.sync.set({ [last]: older });
    await desktop.sync.sync();
    expect((await desktop.templates.list()).templates.find((t) => t.id === big.id)?.body).toBe('a'.repeat(20_000));

    await fakeBrowser.storage.sync.set({ [last]: all[last] });
    await desktop.sync.sync();
    expect((await desktop.templates.list()).templates.find((t) => t.id === big.id)?.body).toBe('b'.repeat(20_000));
    expect((await desktop.sync.status()).conflicts).toEqual([]);
  });

  it('keeps on this machine what is over the total quota, the most recently changed going through', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    const desktop = profile({ clock });
    for (let i = 0; i < 7; i++) {
      clock.now = 1_000 + i;
      await laptop.templates.save(draft(`Contract ${i}`, `${i}`.repeat(20_000)));
    }
    await laptop.sync.sync();
    const { refused } = await laptop.sync.status();
    expect(refused.map((r) => [r.name, r.reason])).toEqual([
      ['Contract 2', 'no-room'],
      ['Contract 1', 'no-room'],
      ['Contract 0', 'no-room'],
    ]);
    const items = await fakeBrowser.storage.sync.get(null);
    expect(Object.entries(items).reduce((sum, [key, value]) => sum + bytes(key, value), 0)).toBeLessThanOrEqual(
      SYNC_QUOTA.bytesTotal,
    );
    await desktop.sync.sync();
    const names = (await desktop.templates.list()).templates.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Contract 6', 'Contract 5', 'Contract 4', 'Contract 3']));
    expect(names).not.toContain('Contract 0');
  });

  it('with sync off, nothing goes out and nothing comes in', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock, enabled: false });
    await laptop.templates.save(draft('Private', 'Only here.'));
    await laptop.sync.sync();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await fakeBrowser.storage.sync.set({ 'template:x': { id: 'x', deleted: true, updatedAt: 5 } });
    await laptop.sync.sync();
    expect((await laptop.templates.list()).templates.map((t) => t.name)).toContain('Private');
  });

  it('ignores what sync holds that is not a valid template', async () => {
    const clock = { now: 1_000 };
    const laptop = profile({ clock });
    await fakeBrowser.storage.sync.set({
      'template:bad': { id: 'bad', deleted: false, updatedAt: 5, template: { name: '<script>' } },
      'template:other': { id: 'mismatch', deleted: true, updatedAt: 5 },
    });
    await laptop.sync.sync();
    const list = await laptop.templates.list();
    expect(list.unreadable).toEqual([]);
    expect(list.templates.some((t) => t.id === 'bad' || t.id === 'mismatch')).toBe(false);
  });
});
