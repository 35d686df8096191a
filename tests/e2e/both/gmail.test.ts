import { describe, expect, it } from 'vitest';
import { browserUnderTest, type DriverPage } from '../support/driver';
import { workingDaysAhead } from '../support/templates';
import { useDriver } from '../support/use-driver';

// The paths users come for in Gmail, the same in Chromium and in Firefox.
const browser = useDriver();

const field = (page: DriverPage, name: string) => page.sidebar.text(`[data-field="${name}"]`);
const threadData = (page: DriverPage, key: 'threadId' | 'subject') =>
  page.sidebar.evaluate(
    (k) => (document.querySelector('[data-field="thread"]') as HTMLElement | null)?.dataset[k],
    key,
  );
const INLINE_REPLY = '.ip.adB [g_editable="true"]';
const POPUP_BODY = '[role="dialog"] [g_editable="true"]';
// A contenteditable keeps a trailing space as a no-break space.
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

/** Picks the template, checks the client's first name it was filled with, inserts it. */
async function insertDelayNotice(page: DriverPage, firstName: string, name = 'Delay notice') {
  await page.sidebar.click('[role="option"]', name);
  await expect.poll(() => page.sidebar.value('#leeway-field-client\\.firstName')).toBe(firstName);
  await page.sidebar.click('form.template-form button[type="submit"]');
}

describe(`the Gmail sidebar and templates in ${browserUnderTest}`, () => {
  it('reads the thread and heads the sidebar with the client', async () => {
    const page = await browser().open('gmailThread');
    await expect.poll(() => threadData(page, 'threadId')).toBe('19a36435ce2f0ff3');
    expect(await threadData(page, 'subject')).toBe('Q4 launch timeline');
    expect(await field(page, 'client-person')).toBe('Mark Ellison');
    expect(await page.count('leeway-sidebar')).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('reads the same thread in French Gmail', async () => {
    const page = await browser().open('gmailThreadFr');
    await expect.poll(() => threadData(page, 'threadId')).toBe('19a3a7c2e5b01d44');
    expect(await threadData(page, 'subject')).toBe('Calendrier du lancement T4');
    expect(await field(page, 'client-person')).toBe('Claire Martin');
    expect(browser().errors).toEqual([]);
  });

  it('puts the delay notice into the inline reply, after what the user typed, and Ctrl+Z removes it', async () => {
    const page = await browser().open('gmailThread');
    await page.click(INLINE_REPLY);
    await page.type('Quick note. ');
    await expect.poll(async () => plain(await page.innerText(INLINE_REPLY))).toBe('Quick note. ');

    await insertDelayNotice(page, 'Mark');
    await expect
      .poll(() => page.sidebar.text('[role="status"]'))
      .toBe('Inserted into your message. Ctrl+Z (⌘Z on a Mac) removes it.');
    const text = plain(await page.innerText(INLINE_REPLY))!;
    expect(text).toMatch(/^Quick note. Hi Mark,\n/);
    expect(text).toContain(`I can send it to you by ${workingDaysAhead(2, 'en')}.`);
    // A reply keeps its subject: changing it would fork the thread.
    expect(await page.value('.ip.adB input[name="subject"]')).toBe('Q4 launch timeline');

    await page.press('Control+z', INLINE_REPLY);
    await expect.poll(async () => plain(await page.innerText(INLINE_REPLY))).toBe('Quick note. ');
    expect(browser().errors).toEqual([]);
  });

  it('fills a popup new message, subject included, addressed to its recipient', async () => {
    const page = await browser().open('gmailComposePopup');
    await insertDelayNotice(page, 'Mark');
    await expect.poll(() => page.innerText(POPUP_BODY)).toMatch(/^Hi Mark,\n/);
    expect(await page.innerText(POPUP_BODY)).toContain(`by ${workingDaysAhead(2, 'en')}.`);
    expect(await page.value('input[name="subjectbox"]')).toBe('New delivery date');

    await page.press('Control+z', POPUP_BODY);
    await expect.poll(async () => plain(await page.innerText(POPUP_BODY))?.trim()).toBe('');
    expect(browser().errors).toEqual([]);
  });

  it('answers a French thread in French', async () => {
    const page = await browser().open('gmailThreadFr');
    await insertDelayNotice(page, 'Claire', 'Prévenir d’un retard');
    await expect.poll(() => page.innerText(INLINE_REPLY)).toMatch(/^Bonjour Claire,\n/);
    expect(await page.innerText(INLINE_REPLY)).toContain(`d’ici le ${workingDaysAhead(2, 'fr')}.`);
    expect(browser().errors).toEqual([]);
  });
});
