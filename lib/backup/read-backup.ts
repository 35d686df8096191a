import { z } from 'zod';
import { t } from '@/lib/i18n';
import { settingsSchema } from '@/lib/settings/settings-schema';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, type BackupFile, type BackupRecord } from './backup-file';
import { BACKUP_STORES, type BackupStore } from './backup-stores';
import { migrateBackup } from './migrate-backup';
import { errorMessage } from '@/lib/error-message';

/** A backup file refused, with the record and field at fault; nothing has been written. */
export class BackupError extends Error {}

const refuse = (message: string): never => {
  throw new BackupError(`${message} ${t('backupNothingChanged')}`);
};

// Code meant for a web page: no field of Leeway ever holds it, so a file that does was crafted.
const SCRIPT = /<\s*\/?\s*(script|iframe|object|embed|svg)\b|javascript\s*:|\bon(error|load|click|mouseover)\s*=/i;
// Keys that would reach an object's prototype if a later spread or assign met them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "templates \"custom-1\"" (or "templates #3" when it has no readable id), and the field's path. */
function locate(path: Array<string | number>, file: Record<string, unknown>): { record: string; field: string } {
  if (path[0] === 'stores' && typeof path[1] === 'string' && typeof path[2] === 'number') {
    const store = BACKUP_STORES.find((each) => each.name === path[1]);
    const records = (file.stores as Record<string, unknown[]>)[path[1]];
    const record = records?.[path[2]];
    const id = isRecord(record) && store ? record[store.idField] : undefined;
    const name = typeof id === 'string' && id.length <= 100 ? `${path[1]} "${id}"` : `${path[1]} #${path[2] + 1}`;
    return { record: name, field: path.slice(3).join('.') || t('backupWholeRecord') };
  }
  if (path[0] === 'settings') return { record: 'settings', field: path.slice(1).join('.') || t('backupWholeRecord') };
  return { record: t('backupFileItself'), field: path.join('.') || t('backupWholeRecord') };
}

/** Every string and key of the file, walked once: code for a web page or a prototype key is refused. */
function refuseHostile(value: unknown, path: Array<string | number>, file: Record<string, unknown>): void {
  if (typeof value === 'string') {
    const found = SCRIPT.exec(value);
    if (found) {
      const { record, field } = locate(path, file);
      refuse(t('backupScript', [record, field, found[0]]));
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => refuseHostile(item, [...path, i], file));
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const { record, field } = locate(path, file);
        refuse(t('backupForbiddenKey', [record, field, key]));
      }
      refuseHostile(item, [...path, key], file);
    }
  }
}

function refuseIssue(error: z.ZodError, base: Array<string | number>, file: Record<string, unknown>): never {
  const issue = error.issues[0]!;
  const path = [...base, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
  const { record, field } = locate(path, file);
  const problem =
    issue.code === 'unrecognized_keys'
      ? t('backupUnknownKeys', issue.keys.join(', '))
      : issue.code === 'invalid_type' && issue.message.includes('received undefined')
        ? t('backupMissing')
        : issue.message;
  return refuse(t('backupBadField', [record, field, problem]));
}

function readEnvelope(text: string): Record<string, unknown> {
  if (text.length > MAX_BACKUP_BYTES)
    refuse(t('backupTooLarge', [(text.length / 1024 / 1024).toFixed(0), String(MAX_BACKUP_BYTES / 1024 / 1024)]));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return refuse(t('backupNotJson', errorMessage(err)));
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) return refuse(t('backupNotLeeway'));
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse(t('backupBadVersion', JSON.stringify(version) ?? 'undefined'));
  if (version > BACKUP_VERSION) return refuse(t('backupFutureVersion', [String(version), String(BACKUP_VERSION)]));
  refuseHostile(parsed, [], parsed);
  const migrated = migrateBackup(parsed, version);
  // A store that came after the file's version was empty when it was written.
  if (isRecord(migrated.stores)) {
    for (const store of BACKUP_STORES) if (store.since > version) migrated.stores[store.name] ??= [];
  }
  return migrated;
}

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.iso.datetime(),
  settings: z.unknown(),
  stores: z.strictObject(Object.fromEntries(BACKUP_STORES.map((store) => [store.name, z.array(z.unknown())]))),
});

function readStore(store: BackupStore, records: unknown[], file: Record<string, unknown>): BackupRecord[] {
  const seen = new Set<string>();
  return records.map((record, i) => {
    const parsed = store.schema.safeParse(record);
    if (!parsed.success) refuseIssue(parsed.error, ['stores', store.name, i], file);
    const id = String(parsed.data[store.idField]);
    if (seen.has(id)) refuse(t('backupDuplicate', [`${store.name} "${id}"`, store.idField]));
    seen.add(id);
    return parsed.data;
  });
}

/** An id as the backup holds it: a string or a number, and anything else as JSON, so the message shows it. */
const idText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);

function refuseDangling(stores: BackupFile['stores']): void {
  for (const store of BACKUP_STORES) {
    for (const { field, store: target } of store.references ?? []) {
      const targetStore = BACKUP_STORES.find((each) => each.name === target)!;
      const ids = new Set(stores[target].map((record) => String(record[targetStore.idField])));
      for (const record of stores[store.name]) {
        const value = record[field];
        if (value !== undefined && !ids.has(idText(value)))
          refuse(
            t('backupDangling', [
              `${store.name} "${String(record[store.idField])}"`,
              field,
              `${target} "${idText(value)}"`,
            ]),
          );
      }
    }
  }
  // Two clients known by one address: the sidebar would show either at random.
  const owners = new Map<string, string>();
  for (const client of stores.clients) {
    for (const address of client.addresses as string[]) {
      const other = owners.get(address);
      if (other) refuse(t('backupAddressTwice', [`clients "${String(client.id)}"`, address, other]));
      owners.set(address, String(client.id));
    }
  }
}

/**
 * Reads a backup file's text, every record checked against today's schemas before anything is
 * written: a file refused throws a BackupError naming the record and the field at fault.
 */
export function readBackup(text: string): BackupFile {
  const file = readEnvelope(text);
  const envelope = envelopeSchema.safeParse(file);
  if (!envelope.success) refuseIssue(envelope.error, [], file);
  const settings = settingsSchema.safeParse(file.settings);
  if (!settings.success) refuseIssue(settings.error, ['settings'], file);
  const raw = envelope.data.stores as Record<string, unknown[]>;
  const stores = Object.fromEntries(
    BACKUP_STORES.map((store) => [store.name, readStore(store, raw[store.name]!, file)]),
  ) as BackupFile['stores'];
  refuseDangling(stores);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: envelope.data.exportedAt,
    settings: settings.data,
    stores,
  };
}
