import { z } from 'zod';
import type { GetDb } from '@/lib/db/open-db';
import { parseEach } from '@/lib/db/records';
import { storedTemplateSchema, type StoredTemplate } from '@/lib/templates/stored-template';
import { settingsSchema } from '@/lib/settings/settings-schema';
import type { Settings, SettingsPatch } from '@/lib/settings/settings';
import { mergeRecord, removedHere, nextWriteAt, planSync } from './sync-rules';
import { decodeItems, encodeRecord, leftoverParts } from './sync-parts';

// Templates and settings follow the user to their other computers through the browser's own sync storage:
// one item per template (its stored record: a template or the tombstone of a deleted default; a
// template over one item's 8 KB in several, see sync-parts.ts), newest wins per template, a
// template changed on two machines at once is shown as a conflict.

const PREFIX = 'template:';
const keyOf = (id: string) => `${PREFIX}${id}`;
/** Beside the settings in IndexedDB: what this machine last agreed on with sync, and what to show. */
const STATE_KEY = 'sync';

/** The one sync item of the settings, and its id in conflicts. */
export const SETTINGS_SYNC_ID = 'settings';
/** Settings that belong to one machine: where the sidebar sits, its width, and sync itself. */
const LOCAL_SETTINGS = { sidebarCollapsed: true, sidebarWidth: true, sidebarDocked: true, syncEnabled: true } as const;
const syncedSettingsSchema = settingsSchema.omit(LOCAL_SETTINGS);
const settingsItemSchema = z.strictObject({
  id: z.literal(SETTINGS_SYNC_ID),
  updatedAt: z.number(),
  values: syncedSettingsSchema,
});
type SettingsItem = z.infer<typeof settingsItemSchema>;
const syncedPart = (settings: Settings) =>
  Object.fromEntries(Object.entries(settings).filter(([key]) => !(key in LOCAL_SETTINGS))) as SettingsItem['values'];

const conflictSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kept: z.enum(['local', 'remote']),
  at: z.number(),
});
const stateSchema = z.strictObject({
  /** Per template: the change date both sides last agreed on. */
  base: z.record(z.string(), z.number()),
  conflicts: z.array(conflictSchema).max(50),
  /** Templates that stay on this machine: too large for one sync item, or no room left. */
  refused: z.array(z.strictObject({ id: z.string(), name: z.string(), reason: z.enum(['too-large', 'no-room']) })),
  /** When the last writes went out, for the per-minute limit. */
  writes: z.array(z.number()),
  /** When the synced settings last changed here (0: never set here), and when both sides agreed. */
  settingsAt: z.number().optional(),
  settingsBase: z.number().optional(),
});
export type SyncState = z.infer<typeof stateSchema>;
/** What the options page shows: conflicts settled newest-wins, templates that stay here. */
export type SyncStatus = Pick<SyncState, 'conflicts' | 'refused'>;
const emptyState = (): SyncState => ({ base: {}, conflicts: [], refused: [], writes: [] });

/** The part of storage.sync Leeway uses (the browser's, or a fake one in tests). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const nameOf = (record: StoredTemplate) => (record.deleted ? record.id : record.template.name);

export function createTemplateSync({
  getDb,
  area,
  settings,
  enabled,
  now = Date.now,
}: {
  getDb: GetDb;
  settings: { get(): Promise<Settings>; update(patch: SettingsPatch): Promise<Settings> };
  area: SyncArea;
  /** The user's setting: off, nothing goes out and nothing comes in. */
  enabled: () => Promise<boolean>;
  now?: () => number;
}) {
  async function readState(): Promise<SyncState> {
    const db = await getDb();
    const parsed = stateSchema.safeParse(await db.get('settings', STATE_KEY));
    const state = parsed.success ? parsed.data : emptyState();
    // Settings set here before sync existed count as set (1), a new profile's defaults as never (0):
    // a fresh computer never overwrites the settings of one in use.
    state.settingsAt ??= (await db.get('settings', 'app')) === undefined ? 0 : 1;
    return state;
  }

  /** The settings sync brought in (newest wins), if it did. */
  async function pullSettings(state: SyncState, items: Record<string, unknown>): Promise<Settings | undefined> {
    const parsed = settingsItemSchema.safeParse(decodeItems(items).records[SETTINGS_SYNC_ID]);
    if (!parsed.success) return undefined;
    const mine: SettingsItem = {
      id: SETTINGS_SYNC_ID,
      updatedAt: state.settingsAt ?? 0,
      values: syncedPart(await settings.get()),
    };
    const merge = mergeRecord(mine, parsed.data, state.settingsBase);
    if (merge.conflict && mine.updatedAt > 0)
      state.conflicts = [
        { id: SETTINGS_SYNC_ID, name: SETTINGS_SYNC_ID, kept: merge.from, at: now() },
        ...state.conflicts.filter((c) => c.id !== SETTINGS_SYNC_ID),
      ].slice(0, 50);
    state.settingsBase = merge.kept.updatedAt;
    if (merge.from === 'local') return undefined;
    state.settingsAt = parsed.data.updatedAt;
    return settings.update(parsed.data.values);
  }
  const writeState = async (state: SyncState) => (await getDb()).put('settings', state, STATE_KEY);

  async function localRecords(): Promise<Map<string, StoredTemplate>> {
    const { readable } = parseEach(storedTemplateSchema, await (await getDb()).getAll('templates'), 'template');
    return new Map(readable.map((record) => [record.id, record]));
  }

  /** Brings in what other machines changed: newest wins, template by template. */
  async function pull(state: SyncState, items: Record<string, unknown>): Promise<boolean> {
    const remote = decodeItems(items).records;
    let changed = false;
    const local = await localRecords();
    const db = await getDb();
    for (const [key, value] of Object.entries(remote)) {
      if (!key.startsWith(PREFIX)) continue;
      // What sync holds was written by another copy of Leeway, maybe another version: checked.
      const parsed = storedTemplateSchema.safeParse(value);
      if (!parsed.success || keyOf(parsed.data.id) !== key) continue;
      const incoming = parsed.data;
      if (removedHere(local.get(incoming.id), incoming, state.base[incoming.id])) continue;
      const merge = mergeRecord(local.get(incoming.id), incoming, state.base[incoming.id]);
      if (merge.conflict)
        state.conflicts = [
          { id: incoming.id, name: nameOf(merge.kept), kept: merge.from, at: now() },
          ...state.conflicts.filter((c) => c.id !== incoming.id),
        ].slice(0, 50);
      if (merge.from === 'remote') {
        await db.put('templates', merge.kept);
        local.set(incoming.id, merge.kept);
        changed = true;
        state.base[incoming.id] = merge.kept.updatedAt;
      }
    }
    // A template another machine took out of sync (a default restored there) goes here too,
    // unless it changed here since.
    for (const [id, agreed] of Object.entries(state.base)) {
      // Still there, maybe with parts on their way: not taken out.
      if (keyOf(id) in items) continue;
      const mine = local.get(id);
      if (mine && mine.updatedAt <= agreed) {
        await db.delete('templates', id);
        local.delete(id);
        changed = true;
      }
      if (!mine || mine.updatedAt <= agreed) delete state.base[id];
    }
    return changed;
  }

  /**
   * Sends what changed here, within the quotas, in one write (and one more to take out the parts
   * a shorter or removed version no longer uses).
   */
  async function push(state: SyncState, items: Record<string, unknown>): Promise<number | undefined> {
    const { records: remote, incomplete } = decodeItems(items);
    const local = await localRecords();
    const plan = planSync([...local.values()], keyOf, encodeRecord);
    state.refused = plan.refused.map(({ id, reason }) => ({ id, name: nameOf(local.get(id)!), reason }));
    const sending: Record<string, StoredTemplate | SettingsItem> = {};
    for (const [key, record] of Object.entries(plan.records)) {
      // A newer version from another machine, its parts still arriving: waited for, not overwritten.
      if ((incomplete[key]?.updatedAt ?? -1) > record.updatedAt) continue;
      if (JSON.stringify(remote[key]) !== JSON.stringify(record)) sending[key] = record;
    }
    const settingsItem: SettingsItem = {
      id: SETTINGS_SYNC_ID,
      updatedAt: state.settingsAt ?? 0,
      values: syncedPart(await settings.get()),
    };
    if (JSON.stringify(remote[SETTINGS_SYNC_ID]) !== JSON.stringify(settingsItem))
      sending[SETTINGS_SYNC_ID] = settingsItem;
    // Known to sync before and gone here (a default restored): out of sync too.
    const gone = Object.keys(state.base)
      .filter((id) => !local.has(id) && keyOf(id) in items)
      .map(keyOf);
    if (Object.keys(sending).length === 0 && gone.length === 0) return undefined;
    const at = now();
    const allowedAt = nextWriteAt(state.writes, at);
    if (allowedAt > at) return allowedAt;
    const written: Record<string, unknown> = Object.fromEntries(
      Object.entries(sending).flatMap(([key, record]) => Object.entries(encodeRecord(key, record))),
    );
    const removed = [
      ...Object.keys(sending).flatMap((key) => leftoverParts(items, key, written)),
      ...gone.flatMap((key) => [key, ...leftoverParts(items, key)]),
    ];
    const calls: number[] = [];
    // The new version first: a reader between the two writes sees it whole, beside unused parts.
    if (Object.keys(written).length > 0) await area.set(written).then(() => calls.push(at));
    if (removed.length > 0) await area.remove(removed).then(() => calls.push(at));
    state.writes = [...state.writes.filter((each) => each > at - 60_000), ...calls];
    for (const record of Object.values(sending))
      if (record.id === SETTINGS_SYNC_ID) state.settingsBase = record.updatedAt;
      else state.base[record.id] = record.updatedAt;
    for (const key of gone) delete state.base[key.slice(PREFIX.length)];
    return undefined;
  }

  return {
    /**
     * Pulls, then pushes. Returns when a write had to wait for the per-minute limit: the caller
     * syncs again then (the next change or the next start does it anyway).
     */
    async sync(): Promise<{ retryAt?: number; changed?: boolean; settings?: Settings }> {
      if (!(await enabled())) return {};
      const state = await readState();
      const remote = await area.get(null);
      const changed = await pull(state, remote);
      const pulledSettings = await pullSettings(state, remote);
      const retryAt = await push(state, await area.get(null));
      await writeState(state);
      return { ...(retryAt ? { retryAt } : {}), changed, ...(pulledSettings ? { settings: pulledSettings } : {}) };
    },

    /** The user changed settings here: the next sync sends them, newer than the other machines'. */
    async settingsChanged(patch: SettingsPatch): Promise<void> {
      if (Object.keys(patch).every((key) => key in LOCAL_SETTINGS)) return;
      const state = await readState();
      await writeState({ ...state, settingsAt: Math.max(now(), (state.settingsAt ?? 0) + 1) });
    },

    async status(): Promise<SyncStatus> {
      const { conflicts, refused } = await readState();
      return { conflicts, refused };
    },

    async dismissConflicts(): Promise<void> {
      const state = await readState();
      await writeState({ ...state, conflicts: [] });
    },
  };
}
export type TemplateSync = ReturnType<typeof createTemplateSync>;
