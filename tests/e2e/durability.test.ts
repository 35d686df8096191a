import { describe, expect, it } from 'vitest';
import { sendRaw } from './support/send-raw';
import { useLeewayBrowser } from './support/use-browser';

const browser = useLeewayBrowser();

/** The twenty writes: tasks, flags, colleagues, templates, incidents and time, each of them acknowledged. */
function writes(): Array<[string, unknown]> {
  const hour = 3_600_000;
  const base = Math.floor(Date.now() / hour) * hour - 30 * hour;
  const list: Array<[string, unknown]> = [];
  for (let i = 0; i < 6; i++)
    list.push(['createTask', { task: { title: `Task ${i}`, bucket: 'urgent', estimateMinutes: 10, note: '' } }]);
  for (let i = 0; i < 4; i++)
    list.push([
      'flagClient',
      {
        person: { name: `Client ${i}`, email: `client${i}@example.com` },
        thread: { subject: `Thread ${i}` },
        flag: { signs: ['scope-creep'], severity: 'low', note: '' },
      },
    ]);
  for (let i = 0; i < 3; i++)
    list.push([
      'saveColleague',
      { colleague: { name: `Colleague ${i}`, email: `colleague${i}@example.com`, covers: '', languages: ['en'] } },
    ]);
  for (let i = 0; i < 3; i++)
    list.push([
      'saveTemplate',
      {
        name: `Template ${i}`,
        category: 'other',
        language: 'en',
        subject: '',
        body: `Body ${i}`,
        fields: [],
      },
    ]);
  for (let i = 0; i < 2; i++)
    list.push([
      'recordIncident',
      {
        incident: {
          date: '2026-11-30',
          what: `Incident ${i}`,
          minutesLost: 5,
          overloaded: false,
          couldAnticipate: false,
          infoTooLate: false,
          change: '',
          taskIds: [],
        },
      },
    ]);
  for (let i = 0; i < 2; i++)
    list.push([
      'addTimeEntry',
      {
        entry: {
          clientId: null,
          description: `Entry ${i}`,
          source: 'manual',
          start: base + i * hour,
          end: base + i * hour + hour / 2,
        },
      },
    ]);
  return list;
}

describe('durability', () => {
  it('keeps every acknowledged write when the service worker is stopped after each of 20', async () => {
    const page = await browser().openOptions();
    const sequence = writes();
    expect(sequence).toHaveLength(20);
    for (const [type, data] of sequence) {
      const answer = await sendRaw(page, type, data);
      expect(answer.err, type).toBeUndefined();
      await browser().stopServiceWorker();
    }

    const { res } = await sendRaw(page, 'exportBackup', undefined);
    const { stores } = JSON.parse(res.text);
    expect(stores.tasks.map((task: { title: string }) => task.title).sort()).toEqual([
      'Task 0',
      'Task 1',
      'Task 2',
      'Task 3',
      'Task 4',
      'Task 5',
    ]);
    expect(stores.flags).toHaveLength(4);
    expect(stores.clients.map((c: { addresses: string[] }) => c.addresses[0]).sort()).toEqual(
      [0, 1, 2, 3].map((i) => `client${i}@example.com`),
    );
    expect(stores.colleagues).toHaveLength(3);
    const custom = stores.templates.filter((each: { template?: { name: string } }) =>
      each.template?.name.startsWith('Template '),
    );
    expect(custom).toHaveLength(3);
    expect(stores.incidents).toHaveLength(2);
    expect(stores.timeEntries).toHaveLength(2);
  });

  it('asks the browser to keep the data and shows its answer on the options page', async () => {
    const page = await browser().openOptions();
    const shown = page.locator('#backup [data-field="storage-persistence"]');
    await expect.poll(() => shown.textContent()).toMatch(/keeps Leeway's data|did not agree|does not say/);
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    expect(await shown.textContent()).toContain(
      persisted ? "The browser keeps Leeway's data" : 'The browser did not agree',
    );
  });
});
