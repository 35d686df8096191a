import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { seriousViolations, sidebarFrame, sidePanelViolations, unreachableByTab } from './support/axe';
import { clientStatus, flagFromSidebar } from './support/clients';
import { sidePanelOpen } from './support/side-panel';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

// Every Leeway view, as a screen-reader or keyboard user meets it: axe-core's rules give no
// serious or critical violation, and Tab reaches every control. Each test opens its own views
// and makes the data it shows.
const browser = useLeewayBrowser();

async function expectAccessible(view: string, page: Page, target: Page | Frame) {
  expect(await seriousViolations(target), `axe on ${view}`).toEqual([]);
  expect(await unreachableByTab(page, target), `controls Tab misses on ${view}`).toEqual([]);
}

describe('accessibility of every Leeway view', () => {
  it('the Gmail sidebar: thread, client card, templates, a template form, the flag form', async () => {
    const page = await browser().openFixture('gmailThread');
    await sidebar(page).locator('[data-field="thread"][data-thread-id]').waitFor();
    await flagFromSidebar(page, ['Late payment', 'Demands at night or on weekends'], 'Serious', 'Called at 11pm');
    await clientStatus(page).waitFor();
    const frame = await sidebarFrame(page);
    await expectAccessible('the thread view with its client card and templates', page, frame);

    await sidebar(page).getByRole('button', { name: 'Note a warning sign' }).click();
    await sidebar(page).locator('form.flag-form').waitFor();
    await expectAccessible('the flag form', page, frame);
    await sidebar(page).locator('form.flag-form').getByRole('button', { name: 'Cancel' }).click();

    await sidebar(page)
      .getByRole('option', { name: /Delay notice/ })
      .click();
    await sidebar(page).locator('form.template-form').waitFor();
    await expectAccessible('a template form', page, frame);
    expect(browser().errors).toEqual([]);
  });

  it('the Gmail sidebar: Today with tasks, the task form, the timer and the week’s hours', async () => {
    const page = await browser().openFixture('gmailThread');
    await sidebar(page).locator('[data-field="thread"][data-thread-id]').waitFor();
    await sidebar(page).getByRole('button', { name: 'Track time on this thread' }).click();
    await sidebar(page).getByRole('timer').waitFor();
    await sidebar(page).getByRole('tab', { name: 'Today' }).click();
    await sidebar(page).getByRole('button', { name: 'Add a task' }).click();
    const form = sidebar(page).getByRole('form', { name: 'Task' });
    await form.getByLabel('What').fill('Book the venue');
    await form.getByRole('button', { name: 'Save the task' }).click();
    await sidebar(page).locator('.task-item', { hasText: 'Book the venue' }).waitFor();
    const frame = await sidebarFrame(page);
    await expectAccessible('Today with a task and a running timer', page, frame);

    await sidebar(page).getByRole('button', { name: 'Add a task' }).click();
    await form.waitFor();
    await expectAccessible('the task form', page, frame);
    await form.getByRole('button', { name: 'Cancel' }).click();

    await sidebar(page).getByRole('button', { name: 'Something unexpected' }).click();
    const unexpected = sidebar(page).getByRole('form', { name: 'Something unexpected' });
    await unexpected.getByLabel('What landed').fill('Urgent payroll fix');
    await unexpected.getByLabel('Time it needs, in minutes').fill('60');
    await expectAccessible('the form for something unexpected', page, frame);
    await unexpected.getByRole('button', { name: 'What can give way?' }).click();
    await sidebar(page).locator('.give-way').first().waitFor();
    await expectAccessible('what can give way', page, frame);
    expect(browser().errors).toEqual([]);
  });

  it('the Calendar sidebar: the week’s gaps', async () => {
    const page = await browser().openFixture('calendarWeek');
    await expect.poll(() => sidebarField(page, 'gaps-summary').textContent()).toContain('free');
    await expectAccessible('the Calendar panel', page, await sidebarFrame(page));
    expect(browser().errors).toEqual([]);
  });

  it('the options page, each section, with a client and a template open', async () => {
    const seed = await browser().openFixture('gmailThread');
    await sidebar(seed).locator('[data-field="thread"][data-thread-id]').waitFor();
    await flagFromSidebar(seed, ['Late payment'], 'Mild');
    const options = await browser().openOptions();
    await options.locator('[data-client="Mark Ellison"]').waitFor();
    await expectAccessible('the options page', options, options);

    await options.locator('[data-client="Mark Ellison"] button.client-row').click();
    await options.getByRole('button', { name: /Edit/ }).first().click();
    await expectAccessible('the options page with a client and a template open', options, options);
    expect(browser().errors).toEqual([]);
  });

  it('the side panel', async () => {
    const page = await browser().openFixture('gmailThread');
    await sidebar(page).locator('[data-field="thread"][data-thread-id]').waitFor();
    await sidebar(page).getByRole('button', { name: 'Dock Leeway beside the page' }).click();
    await expect.poll(() => sidePanelOpen(page)).toBe(true);
    await expect.poll(() => sidePanelViolations(page)).toEqual([]);
    expect(browser().errors).toEqual([]);
  });

  it('the checks themselves catch an unlabelled field, a low contrast and a control Tab skips', async () => {
    const options = await browser().openOptions();
    await options.getByRole('heading', { name: 'Templates' }).waitFor();
    await options.evaluate(() => {
      const main = document.querySelector('main')!;
      const field = main.appendChild(document.createElement('input'));
      field.id = 'planted-unlabelled';
      const faint = main.appendChild(document.createElement('p'));
      faint.textContent = 'Planted faint text';
      faint.style.color = '#eeeeee';
      const skipped = main.appendChild(document.createElement('button'));
      skipped.textContent = 'Planted skipped button';
      skipped.tabIndex = -1;
      skipped.setAttribute('tabindex', '0');
      skipped.addEventListener('focus', () => skipped.blur());
    });
    const rules = (await seriousViolations(options)).map((v) => v.rule);
    expect(rules).toContain('label');
    expect(rules).toContain('color-contrast');
    expect(await unreachableByTab(options, options)).toContain('button "Planted skipped button"');
  });
});
