import { describe, expect, it } from 'vitest';

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

const { flagFromSidebar } = await import('./clients');
const { sendRaw } = await import('./send-raw');
const { sidebar, sidebarField } = await import('./sidebar');
const { useLeewayBrowser } = await import('./use-browser');

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
    await evidence.getByRole('button', { name: 'Flag “Demands at night or on weekends”' }).click();
    const form = sidebar(thread).getByRole('form', { name: 'Warning signs seen in this thread' });
    expect(await form.getByRole('checkbox', { name: 'Demands at night or on weekends' }).isChecked()).toBe(true);
    expect(await form.getByRole('textbox').inputValue()).toContain('3 times in 14 days');
    await form.getByRole('button', { name: 'Save the flag' }).click();
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
});
