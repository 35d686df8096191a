import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { LeewayBrowser } from './browser';
import { clientStatus } from './clients';
import { sendRaw } from './send-raw';
import { sidebar } from './sidebar';

// The client card of issue 15 as a user lives it, in the UI language the words are given in:
// one flag is no trend; grave signs within a week do not suggest ending, over two weeks they
// do, as a new email with its checklist; a flag can quote the client and be dated in the past.

export interface CardWords {
  noteSign: string;
  save: string;
  serious: string;
  seenOn: string;
  quoteFromSelection: string;
  sign: string;
  noTrend: string;
  recapAction: string;
  endingAction: string;
  checklist: string[];
  newDraftButton: string;
  newDraftTarget: string;
}

const DAY = 24 * 3600 * 1000;
const MARK = { name: 'Mark Ellison', email: 'mark@northwind-creative.com' };
const grave = (at: number) => ({
  person: MARK,
  thread: { subject: 'Q4 launch timeline' },
  flag: { signs: ['denigration', 'criticism-without-feedback'], severity: 'high', note: '', at },
});
const iso = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Flags the thread's sender once, quoting a sentence selected in his message, dated three days ago. */
export async function flagWithQuote(browser: LeewayBrowser, words: CardWords): Promise<Page> {
  const page = await browser.openFixture('gmailThread');
  const frame = sidebar(page);
  await frame.getByRole('button', { name: words.noteSign }).click();
  // The user selects the client's sentence in the message, then asks for it in the form.
  await page.evaluate(() => {
    const bodies = [...document.querySelectorAll('div.a3s')];
    const message = bodies.find((body) => body.textContent!.includes('change of plan'))!;
    // Opened as a click on it does in Gmail (a collapsed message shows no text to select).
    message.closest('.kv')?.classList.replace('kv', 'h7');
    const text = bodies.find((body) => body.textContent!.includes('change of plan'))!.querySelector('div')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'Jane, change of plan: the board moved to Thursday'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await frame.getByRole('button', { name: words.quoteFromSelection }).click();
  await frame.getByRole('checkbox', { name: words.sign }).check();
  await frame.getByRole('radio', { name: words.serious }).check();
  const threeDaysAgo = iso(Date.now() - 3 * DAY);
  await frame.getByLabel(words.seenOn).fill(threeDaysAgo);
  await frame.getByRole('button', { name: words.save }).click();
  await frame.locator('form.flag-form').waitFor({ state: 'detached' });
  return page;
}

export async function checkOneFlag(page: Page, words: CardWords): Promise<void> {
  const frame = sidebar(page);
  // One flag is not a trend, and the card says what to do about that very sign.
  await expect.poll(() => clientStatus(page).textContent()).toContain(words.noTrend);
  expect(await frame.locator('[data-response]').evaluateAll((items) => items.map((i) => i.dataset.response))).toEqual([
    'recap',
  ]);
  expect(await frame.getByRole('button', { name: words.recapAction }).count()).toBe(1);
  // The quoted sentence and the past day are what was stored and shown.
  const item = frame.locator('.flag-item').first();
  expect(await item.locator('.quote').textContent()).toBe('Jane, change of plan: the board moved to Thursday');
}

/** What the background stored: the day seen is the one chosen, not today. */
export async function checkStoredDay(browser: LeewayBrowser): Promise<void> {
  const options = await browser.openOptions();
  const { res } = await sendRaw(options, 'getClientCard', { email: MARK.email });
  expect(iso(res.recent[0].at)).toBe(iso(Date.now() - 3 * DAY));
  expect(res.recent[0].quote).toBe('Jane, change of plan: the board moved to Thursday');
  await options.close();
}

/** Grave signs within one week: no ending; one more a fortnight before: ending, as a new email. */
export async function checkEnding(browser: LeewayBrowser, words: CardWords): Promise<void> {
  const options = await browser.openOptions();
  const now = Date.now();
  for (const at of [now - 1 * DAY, now - 4 * DAY])
    expect((await sendRaw(options, 'flagClient', grave(at))).err).toBeUndefined();
  const page = await browser.openFixture('gmailThread');
  const frame = sidebar(page);
  await expect.poll(() => frame.locator('[data-response]').count()).toBeGreaterThan(0);
  expect(await frame.getByRole('button', { name: words.endingAction }).count()).toBe(0);

  expect((await sendRaw(options, 'flagClient', grave(now - 15 * DAY))).err).toBeUndefined();
  await frame.getByRole('button', { name: words.endingAction }).click();
  const checklist = frame.locator('[data-field="ending-checklist"]');
  for (const item of words.checklist) await checklist.getByRole('checkbox', { name: item }).check();
  expect(await frame.locator('[data-field="insert-target"]').textContent()).toContain(words.newDraftTarget);
  await frame.getByRole('button', { name: words.newDraftButton }).click();
  // A new email in Gmail's compose page, addressed to him: never a reply in this thread.
  await page.waitForURL(/view=cm/);
  const url = new URL(page.url());
  expect(url.searchParams.get('to')).toBe(MARK.email);
  expect(url.searchParams.get('body')).toContain('Mark');
}
