// One small driver for the user paths that run in both browsers (tests/e2e/both/): Chromium
// through Playwright, Firefox through puppeteer-core over WebDriver BiDi. A test sees what a
// user sees: Google's page and the sidebar's frame, read in the page itself and acted on with
// real (trusted) clicks and keys.
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { launchLeeway, type FixtureName } from './browser';
import { launchFirefoxLeeway } from './firefox';

export type BrowserName = 'chromium' | 'firefox';
/** The browser of this run: vitest's `e2e-firefox` project sets it (vitest.config.ts). */
export const browserUnderTest: BrowserName = process.env.LEEWAY_BROWSER === 'firefox' ? 'firefox' : 'chromium';

/** A document as a user meets it: Google's page, or the sidebar's frame inside it. */
interface Surface {
  /** The text of the first element matching `css` (and containing `hasText`); undefined while none. */
  text(css: string, hasText?: string): Promise<string | undefined>;
  /** The same as laid out on screen (line breaks included): innerText. */
  innerText(css: string, hasText?: string): Promise<string | undefined>;
  /** The value of the first input matching `css`; undefined while none. */
  value(css: string): Promise<string | undefined>;
  count(css: string, hasText?: string): Promise<number>;
  /** Clicks the first element matching `css` (and containing `hasText`) once it is there. */
  click(css: string, hasText?: string): Promise<void>;
  /** Runs a function in the document (its result crosses as JSON). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface DriverPage extends Surface {
  /** The sidebar's frame, looked up again at each call (folding drops it). */
  sidebar: Surface;
  /** Types text, key by key, into whatever has the focus. */
  type(text: string): Promise<void>;
  /** Presses a key or a chord such as `Control+z`: in the element matching `css` (focused first), or wherever the focus is. */
  press(keys: string, css?: string): Promise<void>;
  url(): string;
  /** Brings its tab to the front, as the user switching back to it. */
  front(): Promise<void>;
}

export interface LeewayDriver {
  browser: BrowserName;
  /** Every uncaught error and console error seen in the pages. */
  errors: string[];
  open(name: FixtureName): Promise<DriverPage>;
  /** Stops the background as the browser does (Chrome's service worker, Firefox's event page). */
  restartBackground(): Promise<void>;
  close(): Promise<void>;
}

// Runs in the document: the elements matching, with the text asked for. `host >>> inner` looks
// inside the open shadow root of `host` (Leeway's fold tab lives in one).
type Find = [css: string, hasText: string | undefined, read: 'text' | 'inner' | 'value' | 'count'];
function readInDocument([css, hasText, read]: Find): string | number | undefined {
  let roots: ParentNode[] = [document];
  for (const [i, part] of css.split(' >>> ').entries()) {
    const found = roots.flatMap((root) => [...root.querySelectorAll<HTMLElement>(part)]);
    roots = i < css.split(' >>> ').length - 1 ? found.flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : [])) : found;
  }
  const all = (roots as HTMLElement[]).filter(
    (el) => hasText === undefined || (el.textContent ?? '').includes(hasText),
  );
  if (read === 'count') return all.length;
  const el = all[0];
  if (!el) return undefined;
  if (read === 'value') return (el as HTMLInputElement).value;
  return read === 'inner' ? el.innerText : (el.textContent ?? '');
}

function surface(
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>,
  click: (css: string, hasText?: string) => Promise<void>,
): Surface {
  const read = <R>(...find: Find) => evaluate(readInDocument, find) as Promise<R>;
  return {
    text: (css, hasText) => read(css, hasText, 'text'),
    innerText: (css, hasText) => read(css, hasText, 'inner'),
    value: (css) => read(css, undefined, 'value'),
    count: (css, hasText) => read(css, hasText, 'count'),
    click,
    evaluate,
  };
}

async function chromiumDriver(): Promise<LeewayDriver> {
  const leeway = await launchLeeway();
  const frameOf = async (page: PlaywrightPage): Promise<PlaywrightFrame> =>
    (await (await page.locator('leeway-sidebar iframe').elementHandle()).contentFrame())!;
  // Playwright's CSS pierces open shadow roots: `host >>> inner` is `host inner`.
  const clickIn = (target: PlaywrightPage | PlaywrightFrame, css: string, hasText?: string) =>
    target
      .locator(css.replaceAll(' >>> ', ' '), hasText === undefined ? {} : { hasText })
      .first()
      .click();
  return {
    browser: 'chromium',
    errors: leeway.errors,
    async open(name) {
      const page = await leeway.openFixture(name);
      return {
        ...surface(
          (fn, arg) => page.evaluate(fn as never, arg),
          (css, hasText) => clickIn(page, css, hasText),
        ),
        sidebar: surface(
          async (fn, arg) => (await frameOf(page)).evaluate(fn as never, arg),
          async (css, hasText) => clickIn(await frameOf(page), css, hasText),
        ),
        type: (text) => page.keyboard.type(text),
        press: (keys, css) =>
          css ? page.locator(css.replaceAll(' >>> ', ' ')).first().press(keys) : page.keyboard.press(keys),
        url: () => page.url(),
        front: () => page.bringToFront(),
      };
    },
    restartBackground: () => leeway.stopServiceWorker(),
    close: () => leeway.close(),
  };
}

async function firefoxDriver(): Promise<LeewayDriver> {
  const leeway = await launchFirefoxLeeway();
  // Waits for the element (puppeteer's `>>>` looks inside open shadow roots), then clicks it.
  const clickIn = async (target: PuppeteerPage | PuppeteerFrame, css: string, hasText?: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      for (const el of await target.$$(css)) {
        if (hasText === undefined || (await el.evaluate((e, text) => e.textContent?.includes(text), hasText))) {
          return el.click();
        }
      }
      if (Date.now() > deadline) throw new Error(`Nothing matches ${css}${hasText ? ` with "${hasText}"` : ''}`);
      await new Promise((next) => setTimeout(next, 100));
    }
  };
  return {
    browser: 'firefox',
    errors: leeway.errors,
    async open(name) {
      const page = await leeway.openFixture(name);
      return {
        ...surface(
          (fn, arg) => page.evaluate(fn as never, arg),
          (css, hasText) => clickIn(page, css, hasText),
        ),
        sidebar: surface(
          async (fn, arg) => (await leeway.sidebarFrame(page)).evaluate(fn as never, arg),
          async (css, hasText) => clickIn(await leeway.sidebarFrame(page), css, hasText),
        ),
        type: (text) => page.keyboard.type(text),
        async press(keys, css) {
          if (css) await (await page.waitForSelector(css))!.focus();
          // Puppeteer presses one key at a time: modifiers down, the key, modifiers up.
          const parts = keys.split('+') as Parameters<PuppeteerPage['keyboard']['down']>[0][];
          const key = parts.pop()!;
          for (const modifier of parts) await page.keyboard.down(modifier);
          await page.keyboard.press(key);
          for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
        },
        url: () => page.url(),
        front: () => page.bringToFront(),
      };
    },
    restartBackground: () => leeway.restartBackground(),
    close: () => leeway.close(),
  };
}

export const launchDriver = (name: BrowserName = browserUnderTest): Promise<LeewayDriver> =>
  name === 'firefox' ? firefoxDriver() : chromiumDriver();
