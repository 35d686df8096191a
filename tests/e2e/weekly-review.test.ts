import { describe, expect, it } from 'vitest';
import { flagFromSidebar } from './support/clients';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

describe('the weekly review', () => {
  it('counts a task done and an incident recorded this week, with its charts', async () => {
    // The real clock: the background stamps tasks done, and a faked page clock would not reach it.
    const options = await browser().openOptions();
    const today = options.locator('section#today');
    await today.getByRole('button', { name: 'Add a task' }).click();
    await today.getByRole('textbox', { name: 'What', exact: true }).fill('Invoices');
    await today.getByRole('button', { name: 'Save the task' }).click();
    await today.getByRole('checkbox', { name: 'Invoices' }).click();
    await today.getByRole('region', { name: 'Done today' }).waitFor();

    const review = options.locator('section#review');
    await expect
      .poll(() => review.locator('[data-field="review-tasks"] tr', { hasText: 'Important, not urgent' }).textContent())
      .toBe('Important, not urgent10');
    const thisWeek = await review.locator('[data-field="review-week"]').textContent();
    expect(await review.getByRole('img', { name: 'Tasks done and moved' }).count()).toBe(1);
    expect(await review.locator('[data-field="review-incidents"]').textContent()).toBe('Incidents: 0, time lost: 0m.');

    // An incident recorded in the sidebar is counted at once.
    const thread = await browser().openFixture('gmailThread');
    const frame = thread.locator('leeway-sidebar iframe').contentFrame();
    await frame.getByRole('tab', { name: 'Today' }).click();
    expect(await review.getByText('No warning sign recorded this week.').count()).toBe(1);
    await frame.getByRole('button', { name: 'Something unexpected' }).click();
    await frame.getByLabel('What landed').fill('Client call ran over');
    await frame.getByRole('button', { name: 'What can give way?' }).click();
    await frame.getByRole('button', { name: 'Add it to Urgent' }).click();
    await frame.getByRole('button', { name: 'Record what went wrong' }).click();
    await frame.getByRole('checkbox', { name: 'It could have been anticipated' }).check();
    await frame.getByRole('button', { name: 'Save the incident' }).click();
    await frame.getByText('Incident recorded.').waitFor();

    await expect
      .poll(() => review.locator('[data-field="review-incidents"]').textContent())
      .toBe('Incidents: 1, time lost: 1h.');
    // Mark's warning sign of the week, flagged from his thread, sits beside them.
    await frame.getByRole('tab', { name: 'This page' }).click();
    await flagFromSidebar(thread, ['Late payment'], 'Mild');
    await expect
      .poll(() => review.locator('[data-field="review-signs"]').textContent())
      .toBe('Mark Ellison: Late payment (1)');
    expect(await review.locator('[data-field="review-causes"]').textContent()).toContain(
      'It could have been anticipated: 1',
    );
    expect(await review.getByRole('img', { name: 'Incidents' }).count()).toBe(1);
    // The last week: nothing yet.
    await review.getByRole('button', { name: 'Previous week' }).click();
    await expect.poll(() => review.locator('[data-field="review-week"]').textContent()).not.toBe(thisWeek);
    await expect
      .poll(() => review.locator('[data-field="review-incidents"]').textContent())
      .toBe('Incidents: 0, time lost: 0m.');
    expect(await review.locator('[data-field="review-tasks"]').textContent()).not.toContain('1');
    expect(browser().errors).toEqual([]);
  });
});
