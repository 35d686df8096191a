// Launches a real Firefox (Debian's firefox-esr) with the Firefox build installed as a temporary
// add-on, driven over WebDriver BiDi by puppeteer-core, and serves Google's pages from the
// project's fixtures at their real URLs, with no network. Shared by the browser tests and
// `npm run demo -- --browser firefox`. Plain erasable TypeScript: Node runs it directly.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, {
  TargetType,
  type Browser,
  type ElementHandle,
  type Frame,
  type Page,
  type Target,
} from 'puppeteer-core';
import { fixturePages, type FixtureName } from './browser.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
const GOOGLE_HEADERS = { 'content-security-policy': "require-trusted-types-for 'script'" };
// A shared CI machine can take seconds to start Firefox or load a frame.
const TIMEOUT_MS = 30_000;

export interface FirefoxLaunchOptions {
  headless?: boolean;
  /** The languages pages are asked in ('en' or 'fr'). */
  language?: string;
  /** More Firefox preferences for this profile. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxLeeway {
  browser: Browser;
  /** Every uncaught error and console error seen in a page opened here. */
  errors: string[];
  /** Opens a sample page at its real URL. */
  openFixture(name: FixtureName): Promise<Page>;
  /** The sidebar's frame in a page, once it is there. */
  sidebarFrame(page: Page): Promise<Frame>;
  /** Leeway's settings page, opened as a user does: from the sidebar's link. */
  openOptions(): Promise<Page>;
  /**
   * Restarts the background (an event page in Firefox's MV3: Firefox stops it when idle) from
   * the settings page, and waits until the new one answers.
   */
  restartBackground(): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefoxLeeway(options: FirefoxLaunchOptions = {}): Promise<FirefoxLeeway> {
  const language = options.language ?? 'en';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: options.headless ?? true,
    defaultViewport: { width: 1400, height: 860 },
    protocolTimeout: 120_000,
    timeout: 60_000,
    extraPrefsFirefox: {
      'intl.accept_languages': language,
      'intl.locale.requested': language,
      // Console messages of every page and extension page on Firefox's standard output: WebDriver
      // BiDi reports only the tab's own document, not Leeway's frame or background.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      ...options.prefs,
    },
  });
  // Installed like "Load Temporary Add-on": host permissions are granted at install (Firefox 127+).
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const errors: string[] = [];
  // What Firefox prints of Leeway's own frame, background and content scripts: their uncaught
  // errors ("JavaScript error: moz-extension://…") and the errors Leeway reports ("[Leeway] …").
  // Firefox's own noise (favicons, its remote agent) is left out.
  const ours = /^JavaScript error: moz-extension:\/\/|^console\.error: .*Leeway/;
  for (const input of [browser.process()?.stdout, browser.process()?.stderr]) {
    if (input) createInterface({ input }).on('line', (line) => ours.test(line) && errors.push(`firefox: ${line}`));
  }
  const fixtures = new Map<string, string>();
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`uncaught in ${page.url()}: ${(error as Error).message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error in ${page.url()}: ${message.text()}`);
    });
  };

  async function openFixture(name: FixtureName): Promise<Page> {
    const { url, file } = fixturePages[name];
    const body = fixtures.get(file) ?? (await readFile(join(FIXTURES_DIR, file), 'utf8'));
    fixtures.set(file, body);
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    watch(page);
    // No network at all: only the fixture answers, at Google's real URL; extension URLs pass.
    const origin = new URL(url).origin;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.origin === origin) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: GOOGLE_HEADERS, body });
      } else if (target.protocol === 'http:' || target.protocol === 'https:') void request.abort();
      else void request.continue();
    });
    await page.goto(url);
    return page;
  }

  async function sidebarFrame(page: Page): Promise<Frame> {
    // Polled on a timer: a tab in the background runs no animation frames, puppeteer's default.
    const element = await page.waitForFunction(
      () => document.querySelector('leeway-sidebar')?.shadowRoot?.querySelector('iframe'),
      { polling: 100 },
    );
    const frame = await (element as ElementHandle<HTMLIFrameElement>).contentFrame();
    // The frame starts on about:blank; its document is Leeway's once it has a body to show.
    await frame.waitForFunction(() => location.protocol === 'moz-extension:' && document.querySelector('#root'), {
      polling: 100,
    });
    return frame;
  }

  async function newExtensionPage(open: () => Promise<unknown>): Promise<Page> {
    const before = new Set(browser.targets());
    const created = browser.waitForTarget((t: Target) => t.type() === TargetType.PAGE && !before.has(t), {
      timeout: TIMEOUT_MS,
    });
    await open();
    const page = (await (await created).page())!;
    page.setDefaultTimeout(TIMEOUT_MS);
    watch(page);
    await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {
      polling: 100,
    });
    return page;
  }

  async function openOptions(): Promise<Page> {
    const page = await openFixture('gmailInbox');
    const frame = await sidebarFrame(page);
    const link = await frame.waitForSelector('.sidebar-footer button');
    const options = await newExtensionPage(() => link!.click());
    await page.close();
    return options;
  }

  return {
    browser,
    errors,
    openFixture,
    sidebarFrame,
    openOptions,
    async restartBackground() {
      const options = await openOptions();
      const before = await options.evaluate(async () => {
        const background = await (globalThis as any).browser.runtime.getBackgroundPage();
        const started = background.performance.timeOrigin;
        background.location.reload();
        return started;
      });
      await options.waitForFunction(
        async (before: number) => {
          const { runtime } = (globalThis as any).browser;
          const background = await runtime.getBackgroundPage();
          return (
            background?.performance.timeOrigin !== before &&
            background?.document.readyState === 'complete' &&
            // The new background answers (webext-core's message format).
            Boolean((await runtime.sendMessage({ id: 0, type: 'getSettings', timestamp: Date.now() }))?.res)
          );
        },
        { polling: 100 },
        before,
      );
      await options.close();
    },
    async close() {
      await browser.close();
    },
  };
}
