import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLeewayBrowser } from './support/use-browser';
import { inlineReplyBody, openTemplate, popupBody, sidebarStatus, workingDaysAhead } from './support/templates';
import { sidebar } from './support/sidebar';

const browser = useLeewayBrowser();
beforeAll(async () => {
  await browser().context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://mail.google.com',
  });
});

const insert = (page: Page) => sidebar(page).getByRole('button', { name: 'Insert' }).click();

describe('inserting a template in Gmail', () => {
  it('puts the delay notice, with the client’s first name and a date 2 working days ahead, into the inline reply', async () => {
    const page = await browser().openFixture('gmailThread');
    await openTemplate(page, 'Delay notice');
    expect(await sidebar(page).locator('#leeway-field-client\\.firstName').inputValue()).toBe('Mark');
    await insert(page);

    await expect
      .poll(() => sidebarStatus(page).textContent())
      .toBe('Inserted into your message. Ctrl+Z (⌘Z on a Mac) removes it.');
    const text = await inlineReplyBody(page).innerText();
    expect(text).toMatch(/^Hi Mark,\n/);
    expect(text).toContain(`I can send it to you by ${workingDaysAhead(2, 'en')}.`);
    // No excuse is made up for the user: the reason and what is late start empty.
    expect(text).toContain("I won't be able to deliver on the date we agreed.\n");
    expect(text).not.toContain('technical problem');
    // A reply keeps its subject: changing it would fork the thread.
    expect(await page.locator('.ip.adB input[name="subject"]').inputValue()).toBe('Q4 launch timeline');
    expect(await page.locator('input[name="subjectbox"]').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });

  it('closes a form filled for one thread when the user moves to another page', async () => {
    const page = await browser().openFixture('gmailThread');
    await openTemplate(page, 'Delay notice');
    await page.locator('[role="navigation"] a[href="#inbox"]').click();
    await expect.poll(() => sidebar(page).locator('form.template-form').count()).toBe(0);
    expect(await sidebar(page).locator('input[type="search"]').count()).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('is undone by Gmail’s own Ctrl+Z', async () => {
    const page = await browser().openFixture('gmailThread');
    const body = inlineReplyBody(page);
    await body.click();
    await page.keyboard.type('Quick note. ');
    await openTemplate(page, 'Delay notice');
    await insert(page);
    await expect.poll(() => body.innerText()).toContain('Hi Mark,');
    // Inserted where the caret was, after what the user had typed.
    expect((await body.innerText()).replace(/\u00a0/g, ' ')).toMatch(/^Quick note. Hi Mark,/);

    await body.press('Control+z');
    // A contenteditable keeps a trailing space as a no-break space.
    await expect.poll(async () => (await body.innerText()).replace(/\u00a0/g, ' ')).toBe('Quick note. ');
    expect(browser().errors).toEqual([]);
  });

  it('fills a popup new message, subject included, addressed to its recipient', async () => {
    const page = await browser().openFixture('gmailComposePopup');
    await openTemplate(page, 'Delay notice');
    expect(await sidebar(page).locator('#leeway-field-client\\.firstName').inputValue()).toBe('Mark');
    await insert(page);
    await expect.poll(() => popupBody(page).innerText()).toMatch(/^Hi Mark,\n/);
    expect(await popupBody(page).innerText()).toContain(`by ${workingDaysAhead(2, 'en')}.`);
    expect(await page.locator('input[name="subjectbox"]').inputValue()).toBe('New delivery date');
    expect(browser().errors).toEqual([]);
  });

  it('fills a fullscreen new message', async () => {
    const page = await browser().openFixture('gmailComposePopup');
    // Gmail's fullscreen compose holds the same compose window under .aSs .aSt.
    await page.evaluate(() => {
      const dialog = document.querySelector('.AD [role="dialog"]')!;
      const outer = document.createElement('div');
      outer.className = 'aSs';
      const inner = outer.appendChild(document.createElement('div'));
      inner.className = 'aSt';
      inner.append(...dialog.childNodes);
      dialog.closest('.dw')!.remove();
      document.body.append(outer);
    });
    await openTemplate(page, 'Clarification request');
    await insert(page);
    const body = page.locator('.aSt [g_editable="true"]');
    await expect.poll(() => body.innerText()).toMatch(/^Hi Mark,\n/);
    expect(await page.locator('.aSt input[name="subjectbox"]').inputValue()).toBe('A few questions about this request');
    expect(browser().errors).toEqual([]);
  });

  it('answers a French thread in French, with a French date', async () => {
    const page = await browser().openFixture('gmailThreadFr');
    await expect.poll(() => sidebar(page).locator('select').nth(1).inputValue()).toBe('fr');
    await openTemplate(page, 'Prévenir d’un retard');
    await insert(page);
    await expect.poll(() => inlineReplyBody(page).innerText()).toMatch(/^Bonjour Claire,\n/);
    const text = await inlineReplyBody(page).innerText();
    expect(text).toContain(`Je peux vous l’envoyer d’ici le ${workingDaysAhead(2, 'fr')}.`);
    expect(await page.locator('.ip.adB input[name="subject"]').inputValue()).toBe('Calendrier du lancement T4');
    expect(browser().errors).toEqual([]);
  });

  it('opens a reply first when none is open', async () => {
    const page = await browser().openFixture('gmailThreadNoReply');
    expect(await inlineReplyBody(page).count()).toBe(0);
    await openTemplate(page, 'Delay notice');
    await insert(page);
    await expect.poll(() => inlineReplyBody(page).innerText()).toMatch(/^Hi Mark,\n/);
    expect(browser().errors).toEqual([]);
  });

  it('puts the text in the clipboard when there is no compose box, and says so', async () => {
    const page = await browser().openFixture('gmailInbox');
    await openTemplate(page, 'Working-hours reminder');
    await insert(page);
    await expect
      .poll(() => sidebarStatus(page).textContent())
      .toBe('No reply box found: the text is in your clipboard, ready to paste.');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain('A quick word on how I work');
    expect(clipboard).toContain('Monday to Friday, 9 am to 6 pm');
    expect(browser().errors).toEqual([]);
  });
});
