import { t } from '@/lib/i18n';

/**
 * The browser refused a write for lack of room (IndexedDB's QuotaExceededError, on the request
 * and on the transaction it aborted). Nothing of the transaction was written.
 */
function isQuotaError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'name' in err && err.name === 'QuotaExceededError';
}

/** What the user reads instead of the browser's "quota exceeded": what happened and what to do. */
function storageFullError(): Error {
  return new Error(t('storageFull'));
}

/** The same error, or the storage-full one the user can act on. */
export function explainStorageError(err: unknown): unknown {
  return isQuotaError(err) ? storageFullError() : err;
}
