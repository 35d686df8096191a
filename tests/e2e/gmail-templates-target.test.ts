import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLeewayBrowser } from './support/use-browser';
import { firstNameField, inlineReplyBody, insertTarget, openTemplate, popupBody } from './support/templates';
import { sidebar } from './support/sidebar';

const browser = useLeewayBrowser();
const insert = (page: Page) => sidebar(page).getByRole('button', { name: 'Insert' }).click();
// The sidebar covers the popup's right part and the popup the reply's: the user clicks their left part.
const clickPopup = (page: Page) => popupBody(page).click({ position: { x: 40, y: 40 } });
const clickReply = (page: Page) => inlineReplyBody(page).click({ position: { x: 40, y: 20 } });
const SOFIA = 'For Sofia Reyes <sofia@reyes-consulting.com> (the message you were writing)';
const MARK = 'For Mark Ellison <mark@northwind-creative.com> (the message you were writing)';

// The page shows Mark's thread with its reply open, and a popup new message to Sofia Reyes.
describe('insert goes to the last compose used', () => {
  it('is filled from that compose’s recipient, not from the open thread’s client', async () => {
    const page = await browser().openFixture('gmailThreadWithPopup');
    await clickPopup(page);
    await openTemplate(page, 'Delay notice');
    // Before Insert, the form says whom the text is for.
    await expect.poll(() => firstNameField(page).inputValue()).toBe('Sofia');
    await expect.poll(() => insertTarget(page).textContent()).toBe(SOFIA);
    await insert(page);

    await expect.poll(() => popupBody(page).innerText()).toMatch(/^Hi Sofia,\n/);
    expect(await popupBody(page).innerText()).not.toContain('Mark');
    expect((await inlineReplyBody(page).innerText()).trim()).toBe('');
    expect(browser().errors).toEqual([]);
  });

  it('follows the compose the user moves to while the form is open, keeping a name the user typed', async () => {
    const page = await browser().openFixture('gmailThreadWithPopup');
    await clickPopup(page);
    await openTemplate(page, 'Delay notice');
    await expect.poll(() => firstNameField(page).inputValue()).toBe('Sofia');

    await clickReply(page);
    await expect.poll(() => insertTarget(page).textContent()).toBe(MARK);
    expect(await firstNameField(page).inputValue()).toBe('Mark');

    // A name the user typed is theirs: moving to another compose changes the target, not the name.
    await firstNameField(page).fill('Marco');
    await clickPopup(page);
    await expect.poll(() => insertTarget(page).textContent()).toBe(SOFIA);
    expect(await firstNameField(page).inputValue()).toBe('Marco');
    await insert(page);
    await expect.poll(() => popupBody(page).innerText()).toMatch(/^Hi Marco,\n/);
    expect(browser().errors).toEqual([]);
  });
});
