import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';

type Answer = 'granted' | 'refused' | 'unavailable';

/**
 * Asks the browser to keep Leeway's data even when the disk runs low (navigator.storage.persist),
 * and says what it answered: a refusal means the browser may clear the data, so a backup matters more.
 */
async function askPersistence(): Promise<Answer> {
  const storage = navigator.storage;
  if (!storage?.persist) return 'unavailable';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unavailable';
  }
}

const MESSAGES = {
  granted: 'storagePersistGranted',
  refused: 'storagePersistRefused',
  unavailable: 'storagePersistUnavailable',
} as const;

export function StoragePersistence() {
  const [answer, setAnswer] = useState<Answer>();
  useEffect(() => {
    void askPersistence().then(setAnswer);
  }, []);
  if (!answer) return null;
  return (
    <p data-field="storage-persistence" className={answer === 'granted' ? 'ok' : 'muted'}>
      {t(MESSAGES[answer])}
    </p>
  );
}
