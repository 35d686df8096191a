import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flagFromSidebar } from './support/clients';
import { sendRaw } from './support/send-raw';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

// A browser per test: each makes the tasks and the client it needs, and runs alone.
const browser = useLeewayBrowser(undefined, { per: 'each' });
const today = (page: Page) => sidebar(page).getByRole('tab', { name: 'Today' });
const bucket = (page: Page, name: string) =>
  sidebar(page)
    .getByRole('region', { name: new RegExp(`^${name}`) })
    .locator('.task-title');

interface Seeded {
  title: string;
  bucket: 'urgent' | 'important' | 'later';
  forMark?: boolean;
  /** Made from Mark's thread, which it links to. */
  fromThread?: boolean;
  estimateMinutes?: number;
}
const Q4_THREAD = { threadId: '19a36435ce2f0ff3', subject: 'Q4 launch timeline', accountPath: '/mail/u/0/' };

/**
 * Stores Mark as a client (flagged once) and the tasks given, through the protocol from an
 * extension page, as the views would have; the day's first view has come and gone (no morning
 * sort opens over the tasks).
 */
async function seed(tasks: Seeded[]) {
  const options = await browser().openOptions();
  expect((await sendRaw(options, 'claimMorningSort', { day: format(new Date(), 'yyyy-MM-dd') })).err).toBeUndefined();
  const flagged = await sendRaw(options, 'flagClient', {
    person: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
    thread: { subject: 'Q4 launch timeline' },
    flag: { signs: ['late-payment'], severity: 'low', note: '' },
  });
  expect(flagged.err).toBeUndefined();
  const markId: string = flagged.res.client.id;
  for (const { title, bucket, forMark, fromThread, estimateMinutes = 30 } of tasks) {
    const task = {
      title,
      bucket,
      estimateMinutes,
      note: '',
      ...(forMark && { clientId: markId }),
      ...(fromThread && { thread: Q4_THREAD }),
    };
    const { err } = await sendRaw(options, 'createTask', { task });
    expect(err).toBeUndefined();
  }
  await options.close();
}

describe('Today: tasks in three buckets', () => {
  it('makes a task from a thread, reaches the thread from it, moves it by keyboard, keeps it', async () => {
    const thread = await browser().openFixture('gmailThread');
    await expect.poll(() => sidebarField(thread, 'thread').getAttribute('data-thread-id')).toBe('19a36435ce2f0ff3');
    // Mark is a client: the task is prefilled with him.
    await flagFromSidebar(thread, ['Late payment'], 'Mild');
    await sidebar(thread).getByRole('button', { name: 'Make this a task' }).click();
    const form = sidebar(thread).getByRole('form', { name: 'Task' });
    await expect.poll(() => form.getByLabel('What').inputValue()).toBe('Q4 launch timeline');
    await expect.poll(() => form.getByLabel('Client').locator('option:checked').textContent()).toBe('Mark Ellison');
    await form.getByLabel('Estimate, in minutes').fill('45');
    await form.getByRole('button', { name: 'Save the task' }).click();
    await expect.poll(() => bucket(thread, 'Important, not urgent').allTextContents()).toEqual(['Q4 launch timeline']);
    const item = sidebar(thread).locator('.task-item').first();
    expect(await item.locator('[data-field="client"]').textContent()).toBe('Mark Ellison');

    // From another page, the task's link takes the tab back to its thread.
    const inbox = await browser().openFixture('gmailInbox');
    await today(inbox).click();
    await sidebar(inbox).getByRole('link', { name: 'Q4 launch timeline' }).click();
    await expect.poll(() => inbox.url()).toBe('https://mail.google.com/mail/u/0/#all/19a36435ce2f0ff3');

    // A second task, then the first moved by keyboard alone: above it, then into Urgent.
    await today(thread).click();
    await sidebar(thread).getByRole('button', { name: 'Add a task' }).click();
    await sidebar(thread).getByRole('form', { name: 'Task' }).getByLabel('What').fill('Book the venue');
    await sidebar(thread).getByRole('button', { name: 'Save the task' }).click();
    await expect
      .poll(() => bucket(thread, 'Important, not urgent').allTextContents())
      .toEqual(['Q4 launch timeline', 'Book the venue']);
    const handle = sidebar(thread).getByRole('button', { name: 'Move “Book the venue”' });
    await handle.focus();
    await thread.keyboard.press('ArrowUp');
    await expect
      .poll(() => bucket(thread, 'Important, not urgent').allTextContents())
      .toEqual(['Book the venue', 'Q4 launch timeline']);
    const announcement = sidebarField(thread, 'announcement');
    expect(await announcement.textContent()).toBe('“Book the venue” moved to Important, not urgent, position 1 of 2.');
    expect(await announcement.getAttribute('aria-live')).toBe('polite');
    // The handle keeps the focus: the next key goes on moving the same task.
    await thread.keyboard.press('ArrowLeft');
    await expect.poll(() => bucket(thread, 'Urgent').allTextContents()).toEqual(['Book the venue']);
    await expect.poll(() => announcement.textContent()).toBe('“Book the venue” moved to Urgent, position 1 of 1.');

    // Kept by the background, not by a page or the worker's memory.
    await browser().stopServiceWorker();
    await thread.reload();
    await today(thread).click();
    await expect.poll(() => bucket(thread, 'Urgent').allTextContents()).toEqual(['Book the venue']);
    expect(await bucket(thread, 'Important, not urgent').allTextContents()).toEqual(['Q4 launch timeline']);
    expect(browser().errors).toEqual([]);
  });

  it('ticks a task off and back, deletes it and brings it back with undo', async () => {
    await seed([{ title: 'Book the venue', bucket: 'urgent' }]);
    const page = await browser().openFixture('gmailInbox');
    await today(page).click();
    await expect.poll(() => bucket(page, 'Urgent').allTextContents()).toEqual(['Book the venue']);
    await sidebar(page).getByRole('checkbox', { name: 'Book the venue' }).click();
    await expect
      .poll(() => sidebar(page).getByRole('region', { name: 'Done today' }).textContent())
      .toContain('Book the venue');
    expect(await bucket(page, 'Urgent').count()).toBe(0);
    await sidebar(page).getByRole('checkbox', { name: 'Book the venue', checked: true }).click();
    await expect.poll(() => bucket(page, 'Urgent').allTextContents()).toEqual(['Book the venue']);

    await sidebar(page).getByRole('button', { name: 'Delete “Book the venue”' }).click();
    await expect.poll(() => sidebar(page).getByRole('status').textContent()).toContain('“Book the venue” deleted.');
    expect(await bucket(page, 'Urgent').count()).toBe(0);
    await sidebar(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => bucket(page, 'Urgent').allTextContents()).toEqual(['Book the venue']);
    expect(browser().errors).toEqual([]);
  });

  it('makes a task from a new message, for the client it is addressed to', async () => {
    // Mark is a client; the popup writes to him (plus-addressed).
    await seed([]);
    const compose = await browser().openFixture('gmailComposePopup');
    await sidebar(compose).getByRole('button', { name: 'Make this a task' }).click();
    const form = sidebar(compose).getByRole('form', { name: 'Task' });
    await expect.poll(() => form.getByLabel('Client').locator('option:checked').textContent()).toBe('Mark Ellison');
    await form.getByRole('textbox', { name: 'What', exact: true }).fill('Send the contract');
    await form.getByRole('button', { name: 'Save the task' }).click();
    const task = sidebar(compose).locator('.task-item', { hasText: 'Send the contract' });
    await expect.poll(() => task.locator('[data-field="client"]').textContent()).toBe('Mark Ellison');
    expect(await task.getByRole('link').count()).toBe(0);
    expect(browser().errors).toEqual([]);
  });

  it('moves tasks with the mouse: onto another task, onto an empty priority, below a task', async () => {
    // As the tests above leave them: the thread's task, the compose's, one added by hand.
    await seed([
      { title: 'Q4 launch timeline', bucket: 'important', forMark: true, fromThread: true, estimateMinutes: 45 },
      { title: 'Send the contract', bucket: 'important', forMark: true },
      { title: 'Book the venue', bucket: 'urgent' },
    ]);
    const page = await browser().openFixture('gmailInbox');
    await today(page).click();
    await expect
      .poll(() => bucket(page, 'Important, not urgent').allTextContents())
      .toEqual(['Q4 launch timeline', 'Send the contract']);
    const item = (title: string) => sidebar(page).locator('.task-item', { hasText: title });
    const announcement = sidebarField(page, 'announcement');

    // Dropped on the top half of a task: it takes that task's place.
    await item('Send the contract').dragTo(item('Book the venue'), { targetPosition: { x: 20, y: 4 } });
    await expect.poll(() => bucket(page, 'Urgent').allTextContents()).toEqual(['Send the contract', 'Book the venue']);
    expect(await bucket(page, 'Important, not urgent').allTextContents()).toEqual(['Q4 launch timeline']);
    await expect.poll(() => announcement.textContent()).toBe('“Send the contract” moved to Urgent, position 1 of 2.');

    // Dropped on a priority with nothing in it.
    const canWait = sidebar(page).getByRole('region', { name: /^Can wait/ });
    await item('Book the venue').dragTo(canWait);
    await expect.poll(() => bucket(page, 'Can wait').allTextContents()).toEqual(['Book the venue']);
    expect(await bucket(page, 'Urgent').allTextContents()).toEqual(['Send the contract']);

    // Dropped on the bottom half of a task: it goes after it.
    const box = await item('Send the contract').boundingBox();
    await item('Q4 launch timeline').dragTo(item('Send the contract'), {
      targetPosition: { x: 20, y: box!.height - 4 },
    });
    await expect
      .poll(() => bucket(page, 'Urgent').allTextContents())
      .toEqual(['Send the contract', 'Q4 launch timeline']);
    expect(await bucket(page, 'Important, not urgent').count()).toBe(0);

    // Stored, as a keyboard move is.
    await page.reload();
    await today(page).click();
    await expect
      .poll(() => bucket(page, 'Urgent').allTextContents())
      .toEqual(['Send the contract', 'Q4 launch timeline']);
    expect(await bucket(page, 'Can wait').allTextContents()).toEqual(['Book the venue']);
    expect(browser().errors).toEqual([]);
  });
});
