import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendRaw } from './support/send-raw';
import { sidebar } from './support/sidebar';
import { inlineReplyBody } from './support/templates';
import { useLeewayBrowserPerLanguage } from './support/use-browser';

// Folded, the sidebar is a thin rail that keeps the client's status dot and the templates; it
// folds on its own while a compose box has the focus when the user sets so. English and French.
const browserIn = useLeewayBrowserPerLanguage();

const CASES = [
  {
    language: 'en',
    collapse: 'Collapse Leeway',
    unfold: 'Open Leeway',
    templates: 'Templates',
    status: 'Mark Ellison: Watch',
    foldSetting: 'Fold to the rail while I write an email',
  },
  {
    language: 'fr',
    collapse: 'Réduire Leeway',
    unfold: 'Ouvrir Leeway',
    templates: 'Modèles',
    status: 'Mark Ellison : À surveiller',
    foldSetting: 'Replier en bandeau pendant que j’écris un e-mail',
  },
] as const;

const frameWidth = (page: Page) =>
  page.locator('leeway-sidebar iframe').evaluate((frame) => frame.getBoundingClientRect().width);

describe.each(CASES)('the folded rail in $language', (words) => {
  it('keeps the client’s status dot and a templates button', async () => {
    const browser = browserIn(words.language);
    const options = await browser.openOptions();
    const flag = { signs: ['late-payment'], severity: 'low', note: '' };
    const person = { name: 'Mark Ellison', email: 'mark@northwind-creative.com' };
    expect(
      (await sendRaw(options, 'flagClient', { person, thread: { subject: 'Invoice' }, flag })).err,
    ).toBeUndefined();

    const page = await browser.openFixture('gmailThread');
    await sidebar(page).getByRole('button', { name: words.collapse }).click();
    const dot = sidebar(page).locator('[data-field="rail-status"]');
    await dot.waitFor();
    expect(await frameWidth(page)).toBe(44);
    expect((await dot.getAttribute('aria-label'))?.replace(/\s/g, ' ')).toBe(words.status.replace(/\s/g, ' '));

    // The templates button unfolds for the moment, on the picker's search.
    await sidebar(page).getByRole('button', { name: words.templates }).click();
    const search = sidebar(page).locator('input[type="search"]');
    await expect.poll(() => search.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await frameWidth(page)).toBeGreaterThan(200);
    await sendRaw(options, 'updateSettings', { sidebarCollapsed: false });
    await options.close();
  });

  it('folds on its own while a compose box has the focus, once the user sets so', async () => {
    const browser = browserIn(words.language);
    const page = await browser.openFixture('gmailThread');
    const setting = sidebar(page).getByRole('checkbox', { name: words.foldSetting });
    await setting.check();
    await inlineReplyBody(page).click();
    await expect.poll(() => frameWidth(page)).toBe(44);
    // Leaving the compose gives the sidebar its width back.
    await page.locator('h2.hP').click();
    await expect.poll(() => frameWidth(page)).toBeGreaterThan(200);
    await sidebar(page).getByRole('checkbox', { name: words.foldSetting }).uncheck();
  });
});
