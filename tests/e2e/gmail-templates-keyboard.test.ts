import { describe, expect, it } from 'vitest';
import { useLeewayBrowser } from './support/use-browser';
import { inlineReplyBody, sidebarStatus } from './support/templates';
import { sidebar } from './support/sidebar';

// A browser per test: each folds the sidebar itself, and runs alone.
const browser = useLeewayBrowser(undefined, { per: 'each' });

describe('the template picker from the keyboard', () => {
  it('opens from the compose box with Alt+Shift+L and inserts with arrows, Enter and Ctrl+Enter', async () => {
    const page = await browser().openFixture('gmailThread');
    // Folded first: the shortcut must bring the sidebar out.
    await sidebar(page).getByRole('button', { name: 'Collapse Leeway' }).click();
    await sidebar(page).getByRole('button', { name: 'Open Leeway' }).waitFor();

    const body = inlineReplyBody(page);
    await body.click();
    await page.keyboard.type('Thanks Mark. ');
    await page.keyboard.press('Alt+Shift+L');

    const search = sidebar(page).locator('input[type="search"]');
    await expect.poll(() => search.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('request');
    // "request" matches three templates by name or text; the second is the refusal.
    const options = sidebar(page).locator('[role="option"]');
    await expect
      .poll(() => options.allTextContents())
      // Each name says its category already: it is not repeated under it.
      .toEqual(['Clarification request', 'Polite refusal of an unrealistic request', 'Scope-change notice']);
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // The form opens with the first field focused; Ctrl+Enter inserts from anywhere in it.
    const firstName = sidebar(page).locator('#leeway-field-client\\.firstName');
    await expect.poll(() => firstName.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => sidebarStatus(page).textContent()).toContain('Inserted');
    const text = (await body.innerText()).replace(/\u00a0/g, ' ');
    // At the caret, after what the user typed; the refusal is the template chosen.
    expect(text).toMatch(/^Thanks Mark. Hi Mark,\n/);
    expect(text).toContain('Thanks for thinking of me for this request.');
    // The shortcut unfolded the sidebar for now only: the folded choice is still remembered.
    const width = () => page.locator('leeway-sidebar iframe').evaluate((frame) => frame.getBoundingClientRect().width);
    expect(await width()).toBeGreaterThan(200);
    await page.reload();
    await sidebar(page).getByRole('button', { name: 'Open Leeway' }).waitFor();
    expect(await width()).toBe(44);
    expect(browser().errors).toEqual([]);
  });

  it('goes back with Escape, and from the list back to the compose box', async () => {
    const page = await browser().openFixture('gmailThread');
    // Folded to the rail, then reloaded: the shortcut unfolds it; the user sees it first.
    await sidebar(page).getByRole('button', { name: 'Collapse Leeway' }).click();
    await page.reload();
    await sidebar(page).getByRole('button', { name: 'Open Leeway' }).waitFor();
    const body = inlineReplyBody(page);
    await body.click();
    await page.keyboard.press('Alt+Shift+L');
    await expect
      .poll(() =>
        sidebar(page)
          .locator('input[type="search"]')
          .evaluate((input) => input === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await sidebar(page).locator('form.template-form').waitFor();
    await page.keyboard.press('Escape');
    const search = sidebar(page).locator('input[type="search"]');
    await expect.poll(() => search.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await sidebar(page).locator('form.template-form').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => body.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(browser().errors).toEqual([]);
  });
});
