// Runs axe-core's accessibility rules in a Leeway view, for the browser tests. The script is
// evaluated through the DevTools Protocol, which an extension page's CSP does not govern: nothing
// is added to the extension itself.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { inSidePanel } from './side-panel';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A rule a view breaks, with the elements that break it and why. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

// Serious and critical only: what stops a screen-reader or keyboard user, or cannot be read.
const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((results) =>
  results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + (n.failureSummary ?? '').replace(/\\s+/g, ' ')),
    })))`;

const LOAD_AXE = async () => `if (!window.axe) { ${await AXE_SOURCE} }`;

/** The serious and critical violations of the document of a page or frame (the sidebar's frame, the options page). */
export async function seriousViolations(target: Page | Frame): Promise<Violation[]> {
  await target.evaluate(await LOAD_AXE());
  return target.evaluate(RUN_AXE) as Promise<Violation[]>;
}

/** The same, in the browser's side panel (which Playwright reaches only through the DevTools Protocol). */
export async function sidePanelViolations(page: Page): Promise<Violation[]> {
  return inSidePanel<Violation[]>(page, `(async () => { ${await LOAD_AXE()}; return ${RUN_AXE}; })()`);
}

/** The frame of the sidebar inside a Google page, once it is there. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const element = await page.locator('leeway-sidebar iframe').elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error('The sidebar has no frame');
  return frame;
}

const CONTROLS =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * The visible, enabled controls of a document (a Leeway view) that pressing Tab never reaches,
 * going from its first control until the focus leaves the document or comes round again. A radio
 * group counts as reached when one of its radios is (arrows move within it).
 */
export async function unreachableByTab(page: Page, target: Page | Frame, maxPresses = 300): Promise<string[]> {
  const mark = 'data-tab-reached';
  // A frame takes the keyboard once its element in the page has the focus.
  if ('parentFrame' in target && target.parentFrame()) await (await target.frameElement()).focus();
  await target.evaluate(
    ([attr, controls]) => {
      document.querySelectorAll(`[${attr}]`).forEach((el) => el.removeAttribute(attr));
      document.querySelector<HTMLElement>(controls)?.focus();
    },
    [mark, CONTROLS] as const,
  );
  let previous = '';
  for (let i = 0; i < maxPresses; i++) {
    const reached = await target.evaluate((attr) => {
      const el = document.activeElement;
      if (!el || el === document.body || !document.hasFocus()) return 'left';
      if (!el.hasAttribute(attr)) el.setAttribute(attr, String(document.querySelectorAll(`[${attr}]`).length));
      return el.getAttribute(attr)!;
    }, mark);
    // Out of the document, or round to an earlier control: every control Tab reaches is marked.
    // (Tab moves within a date field's parts: the same control again is no round.)
    if (reached === 'left' || (reached !== previous && Number(reached) < Number(previous))) break;
    previous = reached;
    await page.keyboard.press('Tab');
  }
  return target.evaluate(
    ([attr, controls]) => {
      const all = [...document.querySelectorAll<HTMLElement>(controls)];
      const shown = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const radioGroups = new Set(
        all.flatMap((el) =>
          el instanceof HTMLInputElement && el.type === 'radio' && el.hasAttribute(attr) ? el.name : [],
        ),
      );
      return all
        .filter((el) => shown(el) && !el.matches(':disabled') && !el.hasAttribute(attr))
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && radioGroups.has(el.name)))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}"`,
        );
    },
    [mark, CONTROLS] as const,
  );
}
