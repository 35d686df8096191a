// Launches real Chromium with the built extension and serves Google's pages from the project's
// fixtures at their real URLs, with no network. Shared by the browser tests and `npm run demo`.
// Plain erasable TypeScript: Node runs it directly for the demo.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

// Gmail requires Trusted Types (since 2024-02); Calendar is served the same way.
const GOOGLE_HEADERS = { 'content-security-policy': "require-trusted-types-for 'script'" };

export const fixturePages = {
  gmailInbox: { url: 'https://mail.google.com/mail/u/0/#inbox', file: 'gmail/inbox-en.html' },
  gmailThread: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD',
    file: 'gmail/thread-en.html',
  },
  gmailThreadNoReply: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD',
    file: 'gmail/thread-no-reply-en.html',
  },
  gmailThreadB: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgNwsLtrDcmbrSchdlXyzAbCd',
    file: 'gmail/thread-b-en.html',
  },
  gmailThreadFr: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfMXtRqPwLsKdNvBcHjZgTyWe',
    file: 'gmail/thread-fr.html',
  },
  gmailComposePopup: {
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    file: 'gmail/compose-popup-en.html',
  },
  // Mark's thread with its reply open, and a popup new message to Sofia Reyes.
  gmailThreadWithPopup: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD?compose=new',
    file: 'gmail/thread-popup-en.html',
  },
  // Heavy pages, for the benchmark: 100 inbox rows; a thread of 50 messages with a reply open.
  gmailInboxHeavy: { url: 'https://mail.google.com/mail/u/0/#inbox', file: 'gmail/inbox-100-en.html' },
  gmailThreadHeavy: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbhHeavyThreadOfFiftyMsgs',
    file: 'gmail/thread-50-en.html',
  },
  calendarWeek: {
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/25',
    file: 'calendar/week-en.html',
  },
  calendarWeekFr: {
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/25',
    file: 'calendar/week-fr.html',
  },
  // The week page at a month-view URL: the view is read from the URL first.
  calendarMonth: {
    url: 'https://calendar.google.com/calendar/u/0/r/month/2026/11/25',
    file: 'calendar/week-en.html',
  },
  calendarWeekHeavy: {
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/25',
    file: 'calendar/week-200-en.html',
  },
  calendarDay: {
    url: 'https://calendar.google.com/calendar/u/0/r/day/2026/11/24',
    file: 'calendar/day-en.html',
  },
  // The week after, with two fully booked days and a client's call on the first.
  calendarWeekFull: {
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/12/2',
    file: 'calendar/week-full-en.html',
  },
  calendarDayFull: {
    url: 'https://calendar.google.com/calendar/u/0/r/day/2026/12/1',
    file: 'calendar/day-full-en.html',
  },
  calendarWeekFullFr: {
    url: 'https://calendar.google.com/calendar/u/0/r/week/2026/12/2',
    file: 'calendar/week-full-fr.html',
  },
} as const;
export type FixtureName = keyof typeof fixturePages;

export interface LaunchOptions {
  headless?: boolean;
  /** false: the same Chromium without Leeway, for the benchmarks' comparison. */
  extension?: boolean;
  /** The browser's UI language, which decides Leeway's language ('en' or 'fr'). */
  language?: string;
  /** true: the profile is as installed, the options page opens on the first-run setup. */
  firstRun?: boolean;
  /** Another unpacked extension in Leeway's place (the benchmark's empty frame); implies firstRun. */
  extensionDir?: string;
}

export interface LeewayBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every uncaught error and console error seen in any page or in the service worker, until close(). */
  errors: string[];
  /**
   * Opens a sample page at its real URL; `beforeNavigate` runs on the page before it loads, and
   * `edit` turns the fixture's HTML into a variant (Google's markup as it might change).
   */
  openFixture(
    name: FixtureName,
    beforeNavigate?: (page: Page) => Promise<void>,
    edit?: (html: string) => string,
  ): Promise<Page>;
  openOptions(): Promise<Page>;
  /** Stops the MV3 service worker, as Chrome does when it idles; the next message wakes it. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function launchLeeway(options: LaunchOptions = {}): Promise<LeewayBrowser> {
  const language = options.language ?? 'en';
  const withExtension = options.extension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = await mkdtemp(join(tmpdir(), 'leeway-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    locale: language,
    env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
    viewport: { width: 1400, height: 860 },
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : ['--disable-extensions']),
      `--lang=${language}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // No network at all: every http(s) request goes to a proxy that does not exist, and only the
      // fixtures answer (openFixture). Not Playwright's routes: they pause every request, the
      // extension's own files too, for a round trip to Node, which delayed the sidebar's frame by
      // ~20 ms and charged the browser for it in the benchmark.
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  const errors: string[] = [];
  // Once the browser closes, the calls still in flight fail with "The browser is shutting down":
  // that is the test ending, not Leeway misbehaving, so errors stop counting when close() starts.
  let closing = false;
  const record = (error: string) => {
    if (!closing) errors.push(error);
  };
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => record(`uncaught in ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') record(`console error in ${page.url()}: ${message.text()}`);
    });
  };
  const watchWorker = (worker: Worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') record(`service worker: ${message.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  context.on('weberror', (error) => record(`web error: ${error.error().message}`));

  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : undefined;
  const extensionId = worker ? new URL(worker.url()).host : '';
  // Tests start from a profile whose first-run setup was put off, as a user's is after the first
  // visit; the setup's own tests ask for a fresh one.
  if (worker && !options.firstRun && !options.extensionDir) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    // As @webext-core/messaging frames a message (send-raw.ts; this file imports nothing local).
    const answer = (await page.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({
        id: 1,
        type: 'updateSettings',
        data: { setupDone: true },
        timestamp: Date.now(),
      }),
    )) as { err?: { message: string } };
    if (answer.err) throw new Error(`The first-run setup could not be put off: ${answer.err.message}`);
    await page.close();
  }

  return {
    context,
    extensionId,
    errors,
    async openFixture(name, beforeNavigate, edit = (html) => html) {
      const { url, file } = fixturePages[name];
      const body = edit(await readFile(join(FIXTURES_DIR, file), 'utf8'));
      const page = await context.newPage();
      const origin = new URL(url).origin;
      // Only the fixture's origin is paused and answered, by the browser's own protocol.
      const cdp = await context.newCDPSession(page);
      const responseHeaders = Object.entries({ ...GOOGLE_HEADERS, 'content-type': 'text/html; charset=utf-8' }).map(
        ([name, value]) => ({ name, value }),
      );
      const encoded = Buffer.from(body).toString('base64');
      cdp.on('Fetch.requestPaused', ({ requestId }) => {
        cdp
          .send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders, body: encoded })
          .catch(() => undefined); // the page closed meanwhile
      });
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${origin}/*` }] });
      await beforeNavigate?.(page);
      await page.goto(url);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((done) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
          if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) done();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    async close() {
      closing = true;
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
