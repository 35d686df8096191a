import type { Settings } from '@/lib/settings/settings';
import type { BackupStoreName } from './backup-stores';

/** The version of the backup files this Leeway writes; files of every earlier one are read. */
export const BACKUP_VERSION = 3;
export const BACKUP_FORMAT = 'leeway-backup';

/**
 * The largest backup read: a year of heavy use is well under 5 MB (every field has a limit),
 * and the whole file is parsed in memory, in the page and then in the background.
 */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export type BackupRecord = Record<string, unknown>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  stores: Record<BackupStoreName, BackupRecord[]>;
}

export type ImportMode = 'replace' | 'merge';

/** What an import did, store by store. */
export interface StoreReport {
  store: BackupStoreName | 'settings';
  added: number;
  updated: number;
  /** Records of this machine kept, newer than (or the same as) the file's. */
  kept: number;
  /** Clients of the file joined to one of this machine known by the same address. */
  joined: number;
  /** Records of this machine removed (replace). */
  removed: number;
}
