// The rules of the browser's sync storage (storage.sync), for templates and settings: its quotas,
// which records fit, and which version of a record wins. Pure, so every rule is tested alone.

/** Chrome's limits on storage.sync (Firefox's are the same or larger). */
export const SYNC_QUOTA = {
  /** One item: its key and its value as JSON. */
  bytesPerItem: 8192,
  bytesTotal: 102_400,
  maxItems: 512,
  writesPerMinute: 120,
} as const;

/**
 * Leeway stays below the browser's limits: room for the settings item and for a template added
 * on another machine, and writes spread so a burst of edits never hits the per-minute limit.
 */
export const SYNC_BUDGET = {
  /** Room for what Chrome's JSON writer may count otherwise than itemBytes knows (measured below). */
  bytesPerItem: SYNC_QUOTA.bytesPerItem - 64,
  bytesTotal: SYNC_QUOTA.bytesTotal - 2048,
  maxItems: SYNC_QUOTA.maxItems - 12,
  writesPerMinute: 100,
} as const;

/** A record as it travels through sync: its id, when it last changed, the rest as stored. */
export interface SyncRecord {
  id: string;
  updatedAt: number;
}

// Chrome counts an item as its key and its value written by its own JSON writer, which (measured
// in Chromium, Nov 2026) escapes "<" as \u003C and writes a number past 32 bits as a double
// ("1.764531234567e+12"): a part filled to 8,192 bytes by JavaScript's count was refused.
const LONGEST_NUMBER = '-1.2345678901234567e+300';
const asChromeWrites = (_key: string, value: unknown) =>
  typeof value === 'number' && !(Number.isInteger(value) && Math.abs(value) < 2 ** 31) ? LONGEST_NUMBER : value;

/** The size storage.sync counts for an item: the key and the JSON of its value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  const json = JSON.stringify(value, asChromeWrites) ?? '';
  const escapedByChrome = json.match(/[<\u2028\u2029]/g)?.length ?? 0;
  return new TextEncoder().encode(key + json).length + 5 * escapedByChrome;
}

export interface SyncPlan<T> {
  /** The records that go to sync, by key. */
  records: Record<string, T>;
  /** The items that carry them (a record over one item's size in several parts), by key. */
  items: Record<string, unknown>;
  /** What stays on this machine, and why: too large even in parts, or no room left. */
  refused: Array<{ id: string; reason: 'too-large' | 'no-room' }>;
}

/**
 * The records that fit, within the total and item-count limits, each carried by the items
 * `encode` makes of it (one, or several for a record over one item's size): the most recently
 * changed first, so a library too large to sync keeps the templates in use moving.
 */
export function planSync<T extends SyncRecord>(
  records: T[],
  keyOf: (id: string) => string,
  encode: (key: string, record: T) => Record<string, unknown>,
  reserved = 0,
): SyncPlan<T> {
  const plan: SyncPlan<T> = { records: {}, items: {}, refused: [] };
  let total = reserved;
  let count = 0;
  for (const record of [...records].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id))) {
    const key = keyOf(record.id);
    const items = Object.entries(encode(key, record));
    const bytes = items.reduce((sum, [itemKey, value]) => sum + itemBytes(itemKey, value), 0);
    if (bytes > SYNC_BUDGET.bytesTotal - reserved) plan.refused.push({ id: record.id, reason: 'too-large' });
    else if (total + bytes > SYNC_BUDGET.bytesTotal || count + items.length > SYNC_BUDGET.maxItems)
      plan.refused.push({ id: record.id, reason: 'no-room' });
    else {
      plan.records[key] = record;
      Object.assign(plan.items, Object.fromEntries(items));
      total += bytes;
      count += items.length;
    }
  }
  return plan;
}

export interface Merge<T> {
  /** The version to keep. */
  kept: T;
  /** Where it comes from. */
  from: 'local' | 'remote';
  /** Both sides changed it since they last agreed: the newer won, and the user is told. */
  conflict: boolean;
}

/**
 * Newest wins, per record. `base` is when this machine last saw the two agree; a record changed
 * on both sides since then is a conflict (still newest-wins, but shown). Equal dates with
 * different contents are settled by the contents, so every machine picks the same one.
 */
/**
 * Gone here since both sides last agreed, and not changed there since: it was taken out here
 * (a default restored), so it leaves sync rather than coming back from it.
 */
export const removedHere = (local: unknown, remote: SyncRecord, base: number | undefined): boolean =>
  local === undefined && base !== undefined && remote.updatedAt <= base;

export function mergeRecord<T extends SyncRecord>(local: T | undefined, remote: T, base: number | undefined): Merge<T> {
  if (!local) return { kept: remote, from: 'remote', conflict: false };
  const same = JSON.stringify(local) === JSON.stringify(remote);
  if (same) return { kept: local, from: 'local', conflict: false };
  const remoteWins =
    remote.updatedAt > local.updatedAt ||
    (remote.updatedAt === local.updatedAt && JSON.stringify(remote) > JSON.stringify(local));
  const changedHere = base === undefined || local.updatedAt > base;
  const changedThere = base === undefined || remote.updatedAt > base;
  return {
    kept: remoteWins ? remote : local,
    from: remoteWins ? 'remote' : 'local',
    conflict: changedHere && changedThere,
  };
}

/** Whether one more write fits in the last minute's budget; `writes` are the times of earlier ones. */
export function nextWriteAt(writes: number[], now: number): number {
  const recent = writes.filter((at) => at > now - 60_000).sort((a, b) => a - b);
  if (recent.length < SYNC_BUDGET.writesPerMinute) return now;
  return recent[recent.length - SYNC_BUDGET.writesPerMinute]! + 60_000;
}
