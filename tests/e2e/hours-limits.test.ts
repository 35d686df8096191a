import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';

// The week's figures depend on where "now" falls in the week and the month. The browser runs in
// a fixed-offset zone chosen so that now is at least two hours after both the week's and the
// month's start there: the entries added below (the last hour) are then all in this week and
// this month, whatever the time the test runs.
const HOUR = 3_600_000;
const zone = (() => {
  for (let offset = -12; offset <= 14; offset++) {
    const name = offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    const local = new Date(Date.now() + offset * HOUR);
    const sinceMidnight = local.getUTCHours() * HOUR + local.getUTCMinutes() * 60_000;
    const weekStart = local.getUTCDay() === 1;
    const monthStart = local.getUTCDate() === 1;
    if (!((weekStart || monthStart) && sinceMidnight < 2 * HOUR)) return { name, offset };
  }
  throw new Error('No zone fits');
})();
process.env.TZ = zone.name;

const { flagFromSidebar } = await import('./support/clients');
const { sendRaw } = await import('./support/send-raw');
const { sidebar, sidebarField } = await import('./support/sidebar');
const { useLeewayBrowser } = await import('./support/use-browser');

const browser = useLeewayBrowser();
/** The local day `daysAgo` days before now in the browser's zone, as yyyy-mm-dd. */
const localDay = (daysAgo: number) =>
  new Date(Date.now() + zone.offset * HOUR - daysAgo * 24 * HOUR).toISOString().slice(0, 10);

describe('weekly hours, limits and out-of-hours work', () => {
  it('shows the week, its out-of-hours part and the limits, and suggests the warning sign with the evidence', async () => {
    const thread = await browser().openFixture('gmailThread');
    await flagFromSidebar(thread, ['Late payment'], 'Mild');
    const options = await browser().openOptions();
    const mark = (await sendRaw(options, 'getClientCard', { email: 'mark@northwind-creative.com' })).res.client;
    const settings = (await sendRaw(options, 'getSettings', undefined)).res;
    // Every day of the last two weeks is a day off: all the work below is out of hours.
    const daysOff = Array.from({ length: 15 }, (_, i) => localDay(14 - i));
    const hours = { ...settings.hours, weekHours: 1.2, byClient: { [mark.id]: { weekHours: 0.5, monthHours: null } } };
    expect((await sendRaw(options, 'updateSettings', { daysOff, hours })).err).toBeUndefined();
    const now = Date.now();
    for (const minutesAgo of [65, 45, 25]) {
      const start = now - minutesAgo * 60_000;
      const added = await sendRaw(options, 'addTimeEntry', {
        entry: { clientId: mark.id, description: 'Launch plan', source: 'manual', start, end: start + 20 * 60_000 },
      });
      expect(added.err).toBeUndefined();
    }

    await expect.poll(() => sidebarField(thread, 'week-total').textContent()).toBe('This week: 1h');
    expect(await sidebarField(thread, 'week-out-of-hours').textContent()).toBe(' · 1h out of hours');
    const warnings = sidebar(thread).getByRole('list', { name: 'Hour limits' }).getByRole('listitem');
    expect(await warnings.allTextContents()).toEqual([
      'Mark Ellison: 1h this week, over the 30m limit',
      'All clients: 1h of 1h 12m this week, nearly at the limit',
    ]);

    const evidence = sidebarField(thread, 'out-of-hours-evidence');
    await expect
      .poll(() => evidence.locator('p').textContent())
      .toBe('Out-of-hours work for this client 3 times in 14 days:');
    expect(await evidence.getByRole('listitem').count()).toBe(3);
    await evidence.getByRole('button', { name: 'Note “Demands at night or on weekends”' }).click();
    const form = sidebar(thread).getByRole('form', { name: 'Warning signs seen' });
    expect(await form.getByRole('checkbox', { name: 'Demands at night or on weekends' }).isChecked()).toBe(true);
    expect(await form.getByRole('textbox', { name: 'Note (optional)' }).inputValue()).toContain('3 times in 14 days');
    await form.getByRole('button', { name: 'Save the sign' }).click();
    await expect.poll(() => evidence.count()).toBe(0);
    const card = (await sendRaw(options, 'getClientCard', { email: 'mark@northwind-creative.com' })).res;
    expect(card.recent[0].signs).toEqual(['out-of-hours-demands']);
    expect(card.recent[0].note).toContain('(20m out of hours)');
    expect(browser().errors).toEqual([]);
  });

  it('sets the limits on the options page, and a limit out of range is refused, saying why', async () => {
    const options = await browser().openOptions();
    const hoursSection = options.getByRole('region', { name: 'Hours' });
    await hoursSection.getByLabel('Mark Ellison: hours a month').fill('60');
    await hoursSection.getByLabel('Hours a week, all clients').fill('45');
    await hoursSection.getByLabel('Hours a week, all clients').blur();
    await expect.poll(async () => (await sendRaw(options, 'getSettings', undefined)).res.hours.weekHours).toBe(45);
    const { hours } = (await sendRaw(options, 'getSettings', undefined)).res;
    expect(Object.values(hours.byClient)).toEqual([{ weekHours: 0.5, monthHours: 60 }]);
    // The report: this week per client, with the out-of-hours share and the limit.
    const rows = hoursSection.getByRole('table', { name: 'Hours per client' }).getByRole('row');
    await expect
      .poll(() => rows.nth(1).locator('th, td').allTextContents())
      .toEqual(['Mark Ellison', '1h', '1h', 'Over 30m']);
    expect(await hoursSection.locator('[data-field="report-total"]').textContent()).toBe(
      '1h in all, 100% out of hours',
    );
    await hoursSection.getByLabel('Period').selectOption('month');
    await expect
      .poll(() => rows.nth(1).locator('th, td').allTextContents())
      .toEqual(['Mark Ellison', '1h', '1h', 'Within 60h']);
    expect(await hoursSection.getByRole('img', { name: 'Hours per client, in and out of working hours' }).count()).toBe(
      1,
    );
    await hoursSection.getByLabel('Hours a week, all clients').fill('500');
    await hoursSection.getByLabel('Hours a week, all clients').blur();
    await expect.poll(() => hoursSection.getByRole('alert').textContent()).toContain('hours.weekHours');
    expect((await sendRaw(options, 'getSettings', undefined)).res.hours.weekHours).toBe(45);
    // The figure the sidebar shows follows: the overall limit is no longer near.
    const thread = await browser().openFixture('gmailThread');
    await expect
      .poll(() => sidebar(thread).getByRole('list', { name: 'Hour limits' }).getByRole('listitem').allTextContents())
      .toEqual(['Mark Ellison: 1h this week, over the 30m limit']);
  });

  it('exports a range as CSV that imports back as the same entries; a malformed file changes nothing', async () => {
    const options = await browser().openOptions();
    const hoursSection = options.getByRole('region', { name: 'Hours' });
    const before = (await sendRaw(options, 'listTimeEntries', { start: Date.now() - 24 * HOUR, end: Date.now() + 1 }))
      .res;
    expect(before).toHaveLength(3);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      hoursSection.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('User,Email,Client,Project,Description,Start date,Start time,End date,End time,Duration');
    expect(lines.slice(1).map((line) => line.split(',').slice(2, 5).concat(line.split(',')[9]!))).toEqual(
      Array.from({ length: 3 }, () => ['Mark Ellison', '', 'Launch plan', '00:20:00']),
    );

    // Importing a file with a bad row names it and adds nothing.
    const bad = csv.trimEnd() + '\r\nAna,,Mark Ellison,,Later,2026-13-01,09:00:00,2026-13-01,10:00:00,01:00:00\r\n';
    const input = hoursSection.getByLabel('Import a Toggl or Clockify CSV export');
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect
      .poll(() => hoursSection.getByRole('alert').textContent())
      .toBe('Nothing was imported. Row 5: unreadable start "2026-13-01 09:00:00"');
    const count = async () =>
      (await sendRaw(options, 'listTimeEntries', { start: Date.now() - 24 * HOUR, end: Date.now() + 1 })).res.length;
    expect(await count()).toBe(3);

    // The export, once its entries are gone, imports back as the same entries.
    for (const entry of before) await sendRaw(options, 'deleteTimeEntry', { id: entry.id });
    await input.setInputFiles({ name: 'hours.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => hoursSection.getByRole('status').textContent()).toBe('3 entries imported.');
    const after = (await sendRaw(options, 'listTimeEntries', { start: Date.now() - 24 * HOUR, end: Date.now() + 1 }))
      .res;
    const shape = (e: { clientId: string; description: string; start: number; end: number }) => [
      e.clientId,
      e.description,
      Math.floor(e.start / 1000),
      Math.floor(e.end / 1000),
    ];
    expect(after.map(shape)).toEqual(before.map(shape));
    // Imported a second time, every row overlaps: refused whole, naming the first.
    await input.setInputFiles({ name: 'hours.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => hoursSection.getByRole('alert').textContent()).toMatch(/^Nothing was imported. Row 2: /);
    expect(await count()).toBe(3);
    expect(browser().errors).toEqual([]);
  });
});
