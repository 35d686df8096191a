import { describe, expect, it } from 'vitest';
import { browserUnderTest } from '../support/driver';
import { useDriver } from '../support/use-driver';

// Folding, the keyboard, the clipboard: the rest of what a user does with the sidebar in Gmail.
const browser = useDriver();

const INLINE_REPLY = '.ip.adB [g_editable="true"]';
const RAIL = '.sidebar-rail';

describe(`the sidebar in ${browserUnderTest}`, () => {
  it('folds into a thin rail, stays folded on the next page, and opens again', async () => {
    const page = await browser().open('gmailThread');
    await page.sidebar.click('button[aria-label="Collapse Leeway"]');
    await expect.poll(() => page.sidebar.count(RAIL)).toBe(1);

    const next = await browser().open('gmailInbox');
    await expect.poll(() => next.sidebar.count(RAIL)).toBe(1);
    await next.sidebar.click('button[aria-label="Open Leeway"]');
    await expect.poll(() => next.sidebar.text('.sidebar-body')).toContain("Open a client's thread");
    expect(await next.sidebar.count(RAIL)).toBe(0);
    expect(browser().errors).toEqual([]);
  });

  it('opens the templates from the reply with Alt+Shift+L and inserts from the keyboard', async () => {
    const page = await browser().open('gmailThread');
    await page.click(INLINE_REPLY);
    await page.type('Thanks Mark. ');
    await page.press('Alt+Shift+L');
    await expect
      .poll(() => page.sidebar.evaluate((s) => document.activeElement?.matches(s) ?? false, 'input[type="search"]'))
      .toBe(true);
    await page.type('request');
    await expect.poll(() => page.sidebar.count('[role="option"]')).toBe(3);
    await page.press('ArrowDown');
    await page.press('Enter');
    await expect.poll(() => page.sidebar.count('form.template-form')).toBe(1);
    await page.press('Control+Enter');
    await expect.poll(() => page.sidebar.text('[role="status"]')).toContain('Inserted');
    const text = (await page.innerText(INLINE_REPLY))!.replace(/\u00a0/g, ' ');
    expect(text).toMatch(/^Thanks Mark. Hi Mark,\n/);
    expect(text).toContain('Thanks for thinking of me for this request.');
    expect(browser().errors).toEqual([]);
  });

  it('puts the text in the clipboard when there is no compose box, and says so', async () => {
    const page = await browser().open('gmailInbox');
    await page.sidebar.click('[role="option"]', 'Working-hours reminder');
    await page.sidebar.click('form.template-form button[type="submit"]');
    await expect
      .poll(() => page.sidebar.text('[role="status"]'))
      .toBe('No reply box found: the text is in your clipboard, ready to paste.');
    // Pasted by the user into a field of the page.
    await page.evaluate(
      () => document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste' })),
      undefined,
    );
    await page.click('#paste');
    await page.press('Control+v');
    await expect.poll(() => page.value('#paste')).toContain('A quick word on how I work');
    expect(browser().errors).toEqual([]);
  });
});
