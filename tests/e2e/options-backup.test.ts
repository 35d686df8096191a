import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { putRaw } from './support/put-raw';
import { sendRaw } from './support/send-raw';
import { sidebar, sidebarField } from './support/sidebar';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

/** What the database holds, as a backup file lists it (without the moment it was made). */
async function stored(page: Page) {
  const { res } = await sendRaw(page, 'exportBackup', undefined);
  const file = JSON.parse(res.text);
  return { settings: file.settings, stores: file.stores };
}

async function importFile(page: Page, name: string, content: string, mode: 'Merge' | 'Replace') {
  await page
    .locator('#backup')
    .getByLabel('Backup file')
    .setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
  await page.locator('#backup').getByLabel(mode, { exact: false }).check();
  await page.locator('#backup').getByRole('button', { name: 'Import' }).click();
}

describe('backup on the options page', () => {
  it('downloads a backup, refuses a bad file leaving everything as it was, and restores a good one', async () => {
    const page = await browser().openOptions();
    await sendRaw(page, 'flagClient', {
      person: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
      thread: { id: '19a36435ce2f0ff3', subject: 'Q4 launch' },
      flag: { signs: ['scope-creep'], severity: 'medium', note: '' },
    });
    const task = await sendRaw(page, 'createTask', {
      task: { title: 'Send the Q4 deck', bucket: 'urgent', estimateMinutes: 30, note: '' },
    });
    await page.reload();
    const backup = page.locator('#backup');
    await expect.poll(() => backup.locator('[data-field="last-backup"]').textContent()).toBe('No backup made yet.');

    const downloading = page.waitForEvent('download');
    await backup.getByRole('button', { name: 'Download a backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^leeway-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const good = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(good);
    expect(file.stores.tasks.map((each: { title: string }) => each.title)).toEqual(['Send the Q4 deck']);
    expect(file.stores.clients.map((each: { name: string }) => each.name)).toEqual(['Mark Ellison']);
    await expect.poll(() => backup.getByRole('status').textContent()).toContain('Backup saved in your downloads');
    await expect.poll(() => backup.locator('[data-field="last-backup"]').textContent()).toMatch(/^Last backup: /);

    // A file whose task lost its title: refused, naming the record and the field; nothing changed.
    const before = await stored(page);
    const bad = structuredClone(file);
    delete bad.stores.tasks[0].title;
    await importFile(page, 'bad.json', JSON.stringify(bad), 'Replace');
    await expect
      .poll(() => backup.getByRole('alert').textContent())
      .toBe(`tasks "${task.res.id}", field title: missing. Nothing was changed.`);
    expect(await stored(page)).toEqual(before);

    // Not JSON at all.
    await importFile(page, 'notes.txt', 'Meeting notes, not a backup', 'Merge');
    await expect.poll(() => backup.getByRole('alert').textContent()).toContain('it is not JSON');
    expect(await stored(page)).toEqual(before);

    // The task deleted here comes back from the good file, and the report says what was done.
    await sendRaw(page, 'deleteTask', { id: task.res.id });
    await importFile(page, 'good.json', good, 'Replace');
    await expect
      .poll(() => backup.locator('li[data-store="tasks"]').textContent())
      .toBe('Tasks: 1 added, 0 updated, 0 kept as they were, 0 joined to a known client, 0 removed');
    expect(await backup.getByRole('alert').count()).toBe(0);
    expect(await stored(page)).toEqual(before);
  });

  it('reminds in the sidebar when the last backup is older than the setting, until turned off or made', async () => {
    const options = await browser().openOptions();
    await putRaw(options, 'settings', { at: Date.now() - 10 * 24 * 60 * 60 * 1000 }, 'lastBackup');
    const gmail = await browser().openFixture('gmailInbox');
    const reminder = sidebarField(gmail, 'backup-reminder');
    await expect
      .poll(() => reminder.locator('p').first().textContent())
      .toBe("Your last backup of Leeway's data is 10 days old. Back up now");

    // Turned off (0), the reminder goes; back to every 7 days, it is back.
    await options.reload();
    const every = options.getByLabel('Remind me in the sidebar to make a backup every', { exact: false });
    await every.fill('0');
    await every.blur();
    await expect.poll(() => reminder.count()).toBe(0);
    await every.fill('7');
    await every.blur();
    await expect.poll(() => reminder.count()).toBe(1);

    // A backup made: the reminder goes at once.
    const downloading = options.waitForEvent('download');
    await options.locator('#backup').getByRole('button', { name: 'Download a backup' }).click();
    await downloading;
    await expect.poll(() => reminder.count()).toBe(0);
    expect(await sidebar(gmail).getByRole('tab', { name: 'This page' }).count()).toBe(1);
  });
});
