import { describe, expect, it } from 'vitest';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

describe('the morning sort', () => {
  it('opens Today on the first visit of a working day only, with the day weighed against the tasks', async () => {
    // Tuesday 24 November 2026: Calendar's week is read (Wednesday included), a task is added.
    await browser().context.clock.setFixedTime(new Date(2026, 10, 24, 16));
    const calendar = await browser().openFixture('calendarWeek');
    await expect
      .poll(() => sidebar(calendar).locator('li.day-gaps', { hasText: 'Wed, Nov 25' }).textContent())
      .toContain('Reserve');
    // No task yet: nothing to sort, the page's view stays.
    expect(await sidebar(calendar).getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    await sidebar(calendar).getByRole('tab', { name: 'Today' }).click();
    await sidebar(calendar).getByRole('button', { name: 'Add a task' }).click();
    const form = sidebar(calendar).getByRole('form', { name: 'Task' });
    await form.getByRole('textbox', { name: 'What', exact: true }).fill('Draft the newsletter');
    await form.getByLabel('Estimate, in minutes').fill('360');
    await form.getByRole('button', { name: 'Save the task' }).click();
    await sidebar(calendar).locator('.task-item').waitFor();
    await calendar.close();

    // Wednesday morning, first visit: Today opens on the sort, with Wednesday's booked and free time.
    await browser().context.clock.setFixedTime(new Date(2026, 10, 25, 8, 30));
    const first = await browser().openFixture('gmailInbox');
    const sort = sidebarField(first, 'morning-sort');
    await expect.poll(() => sort.textContent()).toContain('Tasks still open: 1.');
    expect(await sidebar(first).getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => sidebarField(first, 'morning-day').textContent())
      .toBe('Today: 2h 45m booked, 5h 15m free.');
    expect(await sort.locator('li').allTextContents()).toEqual([
      '11:00 AM–12:30 PM',
      '1:30 PM–3:00 PM',
      '4:00 PM–6:00 PM',
    ]);
    expect(await sidebarField(first, 'morning-fit').textContent()).toBe(
      'Your open tasks need 6h, more than the 5h 15m free: move or drop some.',
    );
    await sidebar(first).getByRole('button', { name: 'Sorted' }).click();
    expect(await sort.count()).toBe(0);

    // Any later visit that day, after the worker stopped too: the page's view, no sort.
    await browser().stopServiceWorker();
    const second = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(second, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    expect(await sidebar(second).getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    await sidebar(second).getByRole('tab', { name: 'Today' }).click();
    await sidebar(second).locator('.task-item').waitFor();
    expect(await sidebarField(second, 'morning-sort').count()).toBe(0);

    // Saturday is no working day: no sort, even on its first visit.
    await browser().context.clock.setFixedTime(new Date(2026, 10, 28, 9));
    const saturday = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(saturday, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    expect(await sidebar(saturday).getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    expect(browser().errors).toEqual([]);
  });
});
