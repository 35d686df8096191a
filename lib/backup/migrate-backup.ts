import { BACKUP_VERSION } from './backup-file';

/**
 * The ladder of backup versions, append-only like the database's: step N takes a file of version
 * N-1 (already parsed JSON, not yet checked) to version N. A file of any earlier version climbs
 * every step, then is checked against today's schemas. A step is needed only when a record's
 * shape changes: a store added in a version is filled in empty for older files (its `since`,
 * in backup-stores.ts), so versions 2 (colleagues) and 3 (time entries) need none.
 */
const STEPS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  2: (file) => ({ ...file, version: 2 }),
  3: (file) => ({ ...file, version: 3 }),
};

export function migrateBackup(file: Record<string, unknown>, from: number): Record<string, unknown> {
  let current = file;
  for (let version = from + 1; version <= BACKUP_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`No step to backup version ${version}`);
    current = step(current);
  }
  return current;
}
