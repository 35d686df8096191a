import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDbConnection } from '@/lib/db/open-db';
import { createRepos } from '@/lib/db/repos';
import { listenForBreaks } from '@/lib/background/break-reminder';
import { forgetFocusOnRestart } from '@/lib/background/focus-restart';
import { registerHandlers, syncTemplates } from '@/lib/background/register-handlers';
import { relayFramePorts } from '@/lib/background/relay-frame-ports';
import { reportUncaughtErrors } from '@/lib/background/report-uncaught';
import { configureZod } from '@/lib/zod-config';
import { sidePanelOptions } from '@/lib/sidebar/side-panel';

// Nothing lives only in this worker's memory: MV3 stops it at any moment, and every handler
// reads from and writes to IndexedDB. Listeners are registered synchronously, so a message
// that wakes the worker finds its handler.
export default defineBackground(() => {
  reportUncaughtErrors(globalThis);
  configureZod();
  // The side panel exists only beside Gmail and Calendar tabs (enabled by their content script).
  void sidePanelOptions.disableEverywhere();
  const getDb = createDbConnection();
  const repos = createRepos(getDb);
  registerHandlers(repos);
  listenForBreaks(repos);
  forgetFocusOnRestart(repos.focus);
  // Templates changed on the user's other computers arrive here, and on each start.
  browser.storage.sync.onChanged.addListener(() => void syncTemplates(repos.sync).catch(() => undefined));
  void syncTemplates(repos.sync).catch(() => undefined);
  relayFramePorts();
});
