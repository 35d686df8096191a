import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLeewayBrowser } from './support/use-browser';
import { inlineReplyBody, openTemplate, sidebarStatus, workingDaysAhead } from './support/templates';
import { sidebar } from './support/sidebar';

const browser = useLeewayBrowser();

const row = (page: Page, name: string) =>
  page.locator('#templates tr', { has: page.getByRole('rowheader', { name, exact: true }) });

describe('the template library on the options page', () => {
  it('edits a default with a live preview, refuses an unknown variable with its line, and restores it', async () => {
    const page = await browser().openOptions();
    await row(page, 'Delay notice').getByRole('button', { name: 'Edit' }).click();
    const body = page.locator('#template-body');
    await body.fill('Hi {{client.firstName}},\n\nNew date:\n{{dedline}}\n\n{{me.signature}}');

    const problems = page.getByRole('alert');
    await expect.poll(() => problems.textContent()).toContain('Text, line 4, column 1: unknown variable {{dedline}}');
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);

    await body.fill('Hi {{client.firstName}},\n\nNew date: {{deadline}}.\n\n{{me.signature}}');
    await expect.poll(() => page.getByTestId('template-preview').textContent()).toContain('Hi Alex,');
    expect(await page.getByTestId('template-preview').textContent()).toContain(
      `New date: ${workingDaysAhead(2, 'en')}.`,
    );
    await page.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => row(page, 'Delay notice').textContent()).toContain('Edited default');
    await row(page, 'Delay notice').getByRole('button', { name: 'Restore the default' }).click();
    await expect.poll(() => row(page, 'Delay notice').textContent()).toContain('Default');
    expect(await row(page, 'Delay notice').textContent()).not.toContain('Edited');
    expect(browser().errors).toEqual([]);
  });

  it('creates, duplicates and deletes templates, and brings back a deleted default', async () => {
    const page = await browser().openOptions();
    await page.getByRole('button', { name: 'New template' }).click();
    await page.locator('#template-name').fill('Invoice reminder');
    await page
      .locator('#template-body')
      .fill('Hi {{client.firstName}},\n\nA reminder about invoice {{invoice}}.\n\n{{me.signature}}');
    await page.getByRole('button', { name: 'Add a field' }).click();
    await page.locator('#field-0-id').fill('invoice');
    await page.locator('#field-0-label').fill('Invoice number');
    await page.locator('#field-0-default').fill('2026-114');
    await expect
      .poll(() => page.getByTestId('template-preview').textContent())
      .toContain('A reminder about invoice 2026-114.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row(page, 'Invoice reminder').textContent()).toContain('Yours');

    await row(page, 'Invoice reminder').getByRole('button', { name: 'Duplicate' }).click();
    expect(await page.locator('#template-name').inputValue()).toBe('Invoice reminder (copy)');
    await page.getByRole('button', { name: 'Save' }).click();
    await row(page, 'Invoice reminder (copy)').waitFor();

    page.once('dialog', (dialog) => dialog.accept());
    await row(page, 'Invoice reminder (copy)').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row(page, 'Invoice reminder (copy)').count()).toBe(0);

    await row(page, 'Ending the engagement').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row(page, 'Ending the engagement').count()).toBe(0);
    const deleted = page.locator('li', { hasText: 'Ending the engagement' });
    await deleted.getByRole('button', { name: 'Restore the default' }).click();
    await row(page, 'Ending the engagement').waitFor();
    expect(browser().errors).toEqual([]);
  });

  it('counts uses, and signs and dates with the settings', async () => {
    const options = await browser().openOptions();
    await options.locator('#setting-name').fill('Jane Doe');
    await options.locator('#setting-signature').fill('Jane Doe\nVirtual assistant, Doe & Co');
    await options.locator('#setting-name').focus(); // leaving the signature saves it
    // The next working day becomes a day off: the deadline moves one working day further.
    const tomorrowOff = new Date();
    do tomorrowOff.setDate(tomorrowOff.getDate() + 1);
    while (tomorrowOff.getDay() === 0 || tomorrowOff.getDay() === 6);
    const iso = `${tomorrowOff.getFullYear()}-${String(tomorrowOff.getMonth() + 1).padStart(2, '0')}-${String(tomorrowOff.getDate()).padStart(2, '0')}`;
    await options.getByLabel('Days off (holidays, leave)').fill(iso);
    await options.getByRole('button', { name: 'Add this day off' }).click();
    await options.getByRole('button', { name: `Remove ${iso}` }).waitFor();

    const gmail = await browser().openFixture('gmailThread');
    await openTemplate(gmail, 'Delay notice');
    await sidebar(gmail).getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => sidebarStatus(gmail).textContent()).toContain('Inserted');
    const text = await inlineReplyBody(gmail).innerText();
    expect(text).toContain(`by ${workingDaysAhead(3, 'en')}.`);
    expect(text.trimEnd().endsWith('Best regards,\nJane Doe\nVirtual assistant, Doe & Co')).toBe(true);

    await options.reload();
    await expect.poll(() => row(options, 'Delay notice').textContent()).toContain('Uses: 1');
    expect(browser().errors).toEqual([]);
  });
});
