import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { sidebar } from './support/sidebar';
import { inlineReplyBody, openTemplate, workingDaysAhead } from './support/templates';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser({ firstRun: true });

const insert = (page: Page) => sidebar(page).getByRole('button', { name: 'Insert' }).click();
// A contenteditable keeps some spaces as no-break spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
// Gmail's own signature in a compose body, as Gmail writes it when the user set one in Gmail.
const GMAIL_SIGNATURE =
  '<div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
  '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Jane Doe<br>Virtual assistant</div></div>';

describe('messages that fit the moment, in an English browser', () => {
  // First: the browser's profile is fresh only for this one.
  it('asks a fresh profile for the essentials before anything else, then gets out of the way', async () => {
    const options = await browser().openOptions();
    const setup = options.getByRole('region', { name: 'Set up Leeway in a minute' });
    await setup.waitFor();
    expect(await options.locator('section').first().getAttribute('id')).toBe('setup');
    await setup.getByLabel('Your name (empty: the name of your Google account)').fill('Jane Doe');
    await setup.getByLabel('Signature for {{me.signature}} (empty: your name)').fill('Jane Doe\nVirtual assistant');
    await setup.getByRole('checkbox', { name: 'Works on Friday' }).uncheck();
    await setup.getByRole('checkbox', { name: 'French' }).uncheck();
    await setup.getByRole('button', { name: 'Start with these settings' }).click();
    await setup.waitFor({ state: 'detached' });

    const { res: settings } = await sendRaw(options, 'getSettings', undefined);
    expect(settings).toMatchObject({
      myName: 'Jane Doe',
      signature: 'Jane Doe\nVirtual assistant',
      workDays: [1, 2, 3, 4],
      languages: ['en'],
      setupDone: true,
    });
    await options.reload();
    await options.getByRole('heading', { name: 'Templates', level: 2 }).waitFor();
    expect(await options.locator('#setup').count()).toBe(0);
    await options.close();
  });

  it('inserts the moved-deadline message with the reason left empty', async () => {
    const page = await browser().openFixture('gmailThread');
    await openTemplate(page, 'The client moved the deadline');
    const form = sidebar(page).locator('form.template-form');
    expect(await form.locator('#leeway-field-reason').inputValue()).toBe('');
    await form.locator('#leeway-field-readyBy').fill('- the homepage copy');
    await insert(page);

    await expect.poll(async () => plain(await inlineReplyBody(page).innerText())).toMatch(/^Hi Mark,\n/);
    const text = plain(await inlineReplyBody(page).innerText());
    // Friday is off since the setup above: working days are Monday to Thursday.
    const week = { workDays: [1, 2, 3, 4] };
    expect(text).toContain(`Thanks for letting me know the deadline is now ${workingDaysAhead(1, 'en', week)}.`);
    expect(text).toContain("Here's what I can have ready by then:\n- the homepage copy");
    expect(text).toContain(`Everything else will follow by ${workingDaysAhead(5, 'en', week)}.`);
    expect(text).not.toMatch(/ {2}|\. \n/);
    expect(browser().errors).toEqual([]);
  });

  it('leaves its own signature out where Gmail already signed the reply', async () => {
    const page = await browser().openFixture('gmailThread', undefined, (html) =>
      html.replace(/(contenteditable="true"[^>]*>)<br><\/div>/, `$1${GMAIL_SIGNATURE}</div>`),
    );
    await openTemplate(page, 'Delay notice');
    await expect
      .poll(() => sidebar(page).locator('form.template-form').textContent())
      .toContain('Your Gmail signature is already in this message, so Leeway leaves its own out.');
    expect(await sidebar(page).locator('[data-field="preview"]').textContent()).toMatch(/Best regards,$/);
    await insert(page);

    await expect.poll(async () => plain(await inlineReplyBody(page).innerText())).toMatch(/^Hi Mark,\n/);
    const text = plain(await inlineReplyBody(page).innerText());
    expect(text.match(/Virtual assistant/g)).toHaveLength(1);
    expect(text).toMatch(/Best regards,\n+--\s*\n+Jane Doe\nVirtual assistant$/);
    expect(await inlineReplyBody(page).locator('[data-smartmail="gmail_signature"]').count()).toBe(1);
    expect(browser().errors).toEqual([]);
  });

  it('puts a placeholder picked from the editor menu where the caret is', async () => {
    const options = await browser().openOptions();
    await options.getByRole('button', { name: 'New template' }).click();
    const body = options.locator('#template-body');
    await body.fill('Hello,\n\nBest');
    await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(5, 5));
    await options.getByLabel('Insert a placeholder').selectOption({ label: 'Greeting (from their card)' });
    await expect.poll(() => body.inputValue()).toBe('Hello{{client.greeting}},\n\nBest');
    await expect.poll(() => options.getByTestId('template-preview').textContent()).toContain('HelloHi Alex,');
    expect(browser().errors).toEqual([]);
  });
});
