import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flagFromSidebar } from './support/clients';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();
const today = (page: Page) => sidebar(page).getByRole('tab', { name: 'Today' });

async function askWhatGivesWay(page: Page, what: string, minutes: string, by: string) {
  const form = sidebar(page).getByRole('form', { name: 'Something unexpected' });
  await form.getByLabel('What landed').fill(what);
  await form.getByLabel('Time it needs, in minutes').fill(minutes);
  await form.getByLabel('Done by').fill(by);
  await form.getByRole('button', { name: 'What can give way?' }).click();
}

describe('Something unexpected', () => {
  it('offers a free buffer on a day that has one, and moves a can-wait task on a fully booked day', async () => {
    // Wednesday 25 November 2026, 10:30, in the fixture's week: free from 11:00 to 12:30.
    await browser().context.clock.setFixedTime(new Date(2026, 10, 25, 10, 30));
    const calendar = await browser().openFixture('calendarWeek');
    await expect
      .poll(() => sidebar(calendar).locator('li.day-gaps', { hasText: 'Wed, Nov 25' }).textContent())
      .toContain('Reserve');
    await calendar.close();

    // A task for Mark, made from his thread: it can wait, due Thursday, an hour's work.
    const thread = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    await flagFromSidebar(thread, ['Late payment'], 'Mild');
    await sidebar(thread).getByRole('button', { name: 'Make this a task' }).click();
    const form = sidebar(thread).getByRole('form', { name: 'Task' });
    await expect.poll(() => form.getByLabel('Client').locator('option:checked').textContent()).toBe('Mark Ellison');
    await form.getByLabel('Priority').selectOption({ label: 'Can wait' });
    await form.getByLabel('Due (optional)').fill('2026-11-26');
    await form.getByLabel('Estimate, in minutes').fill('60');
    await form.getByRole('button', { name: 'Save the task' }).click();
    // And an urgent one, which never gives way.
    await sidebar(thread).getByRole('button', { name: 'Add a task' }).click();
    await sidebar(thread).getByRole('form', { name: 'Task' }).getByLabel('What').fill('Payroll');
    await sidebar(thread).getByRole('form', { name: 'Task' }).getByLabel('Priority').selectOption({ label: 'Urgent' });
    await sidebar(thread).getByRole('button', { name: 'Save the task' }).click();
    await expect.poll(() => sidebar(thread).locator('.task-item').count()).toBe(2);

    // Wednesday: the buffer takes it, nothing moves.
    await sidebar(thread).getByRole('button', { name: 'Something unexpected' }).click();
    await askWhatGivesWay(thread, 'Printer emergency', '60', '2026-11-25');
    const buffers = sidebarField(thread, 'give-way-buffers');
    await expect.poll(() => buffers.textContent()).toContain('Reserve 11:00 AM–12:00 PM');
    expect(await buffers.getByRole('link').getAttribute('href')).toContain('dates=20261125T110000%2F20261125T120000');
    expect(await sidebarField(thread, 'give-way-tasks').count()).toBe(0);
    await sidebar(thread).getByRole('button', { name: 'Cancel' }).click();

    // Thursday, fully booked: the can-wait task moves to Friday, the urgent one stays.
    await browser().context.clock.setFixedTime(new Date(2026, 10, 26, 9));
    await thread.reload();
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    // Thursday's first visit, with tasks open: the morning sort opened Today; back to the thread.
    await sidebarField(thread, 'morning-sort').waitFor();
    await sidebar(thread).getByRole('tab', { name: 'This page' }).click();
    // From the thread: the thread becomes what landed.
    await sidebar(thread).getByRole('button', { name: 'Something unexpected' }).click();
    await expect
      .poll(() =>
        sidebar(thread).getByRole('form', { name: 'Something unexpected' }).getByLabel('What landed').inputValue(),
      )
      .toBe('Q4 launch timeline');
    await askWhatGivesWay(thread, 'Launch slides fixed', '60', '2026-11-26');
    const moves = sidebarField(thread, 'give-way-tasks');
    await expect.poll(() => moves.textContent()).toContain('“Q4 launch timeline” (1h) moves to Fri, Nov 27');
    expect(await moves.textContent()).not.toContain('Payroll');
    expect(await sidebarField(thread, 'give-way-buffers').count()).toBe(0);
    await sidebar(thread).getByRole('button', { name: 'Move these tasks and add it to Urgent' }).click();

    // Accepted: the task moved (due date too, it would have passed), the notice is offered.
    await sidebar(thread).getByRole('button', { name: 'Write to Mark Ellison about “Q4 launch timeline”' }).click();
    const notice = sidebar(thread).getByRole('form', { name: 'Delay notice' });
    await expect.poll(() => notice.getByLabel('What is late').inputValue()).toBe('Q4 launch timeline');
    expect(await notice.getByLabel('New deadline').inputValue()).toBe('2026-11-27');
    expect(thread.url()).toBe('https://mail.google.com/mail/u/0/#all/19a36435ce2f0ff3');

    // Back in Today, the accepted incident can still be recorded, linked to the task it moved.
    await sidebar(thread).getByRole('tab', { name: 'Today' }).click();
    await sidebar(thread).getByRole('button', { name: 'Record what went wrong' }).click();
    const record = sidebar(thread).getByRole('form', { name: 'What went wrong' });
    expect(await record.textContent()).toContain('Tasks moved for it, linked to it: 1.');
    await record.getByRole('button', { name: 'Save the incident' }).click();
    await sidebar(thread).getByText('Incident recorded.').waitFor();
    const options = await browser().openOptions();
    await expect
      .poll(() => options.locator('[data-field="incident-tasks"]').textContent())
      .toBe('Tasks moved for it: Q4 launch timeline');
    await options.close();

    // Stored: after a worker stop and a reload, Today shows the moves and the new urgent task.
    await browser().stopServiceWorker();
    await thread.reload();
    await today(thread).click();
    // The new task came from the same thread: the moved one is found by its title, not its link.
    const moved = sidebar(thread)
      .locator('.task-item')
      .filter({ has: sidebar(thread).locator('.task-title', { hasText: 'Q4 launch timeline' }) });
    await expect.poll(() => moved.locator('[data-field="due"]').textContent()).toBe('due Fri, Nov 27');
    expect(await moved.locator('[data-field="planned"]').textContent()).toBe('moved to Fri, Nov 27');
    await expect
      .poll(() =>
        sidebar(thread)
          .getByRole('region', { name: /^Urgent/ })
          .locator('.task-title')
          .allTextContents(),
      )
      .toEqual(['Payroll', 'Launch slides fixed']);
    expect(browser().errors).toEqual([]);
  });
});
