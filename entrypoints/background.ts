import { createDbConnection } from '@/lib/db/open-db';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { registerHandlers } from '@/lib/background/register-handlers';

// Nothing lives only in this worker's memory: MV3 stops it at any moment, and every handler
// reads from and writes to IndexedDB.
export default defineBackground(() => {
  const getDb = createDbConnection();
  registerHandlers({ settings: createSettingsRepo(getDb) });
});
