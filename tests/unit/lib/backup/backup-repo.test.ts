import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '@/lib/backup/backup-file';
import { NOW, repos, seed, snapshot, type Repos } from './seed';

let r: Repos;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  r = repos();
});

const fileOf = async () => JSON.parse((await r.backup.export()).text);
const text = (file: unknown) => JSON.stringify(file);

/** A fresh profile: a new, empty database. */
function freshProfile(): Repos {
  globalThis.indexedDB = new IDBFactory();
  return repos();
}

describe('backup export and import', () => {
  it('exports every store and the settings, and imports into an empty profile to the same file', async () => {
    await seed(r);
    const { text: exported, left } = await r.backup.export();
    expect(left).toBe(0);
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'leeway-backup', version: 3, exportedAt: NOW.toISOString() });
    expect(file.settings.myName).toBe('Alex Doe');
    expect(Object.fromEntries(Object.entries(file.stores).map(([name, list]) => [name, (list as []).length]))).toEqual({
      templates: 1,
      templateUsage: 1,
      clients: 1,
      flags: 1,
      tasks: 1,
      calendarDays: 1,
      incidents: 1,
      colleagues: 1,
      timeEntries: 1,
    });
    const before = await snapshot();

    r = freshProfile();
    const { reports } = await r.backup.import(exported, 'replace');
    expect(reports.find((report) => report.store === 'tasks')).toMatchObject({ added: 1, removed: 0 });
    expect((await r.backup.export()).text).toBe(exported);
    // What the user sees: the client card, the task, the settings.
    expect((await r.clients.card('mark@northwind-creative.com'))?.total).toBe(1);
    expect((await r.tasks.list()).map((task) => task.title)).toEqual(['Send the Q4 deck']);
    expect((await r.settings.get()).daysOff).toEqual(['2026-12-24']);
    const after = await snapshot();
    for (const store of Object.keys(before).filter((name) => name !== 'settings'))
      expect(after[store]).toEqual(before[store]);
  });

  it('remembers when the last backup was made', async () => {
    expect(await r.backup.lastBackupAt()).toBeUndefined();
    await r.backup.export();
    expect(await r.backup.lastBackupAt()).toBe(NOW.getTime());
  });

  it('replaces: what was here and is not in the file is gone', async () => {
    const empty = (await r.backup.export()).text;
    await seed(r);
    const { reports } = await r.backup.import(empty, 'replace');
    expect(reports.find((report) => report.store === 'clients')).toMatchObject({ added: 0, removed: 1 });
    expect(await r.tasks.list()).toEqual([]);
  });

  it('merges: keeps the newer record, joins a client known by the same address, and says so', async () => {
    await seed(r);
    const file = await fileOf();
    // The other machine knows Mark under another id, with an older task text and a newer flag note.
    const otherId = 'client-from-laptop';
    file.stores.clients[0].id = otherId;
    file.stores.clients[0].domains = ['northwind-creative.com'];
    file.stores.flags[0].clientId = otherId;
    file.stores.flags[0].note = 'Fifth revision now';
    file.stores.flags[0].updatedAt += 1000;
    file.stores.tasks[0].clientId = otherId;
    file.stores.tasks[0].title = 'Older title';
    file.stores.tasks[0].updatedAt -= 1000;
    file.stores.incidents = [];
    const ourClientId = (await r.clients.card('mark@northwind-creative.com'))!.client.id;

    const { reports } = await r.backup.import(text(file), 'merge');
    const byStore = Object.fromEntries(reports.map((report) => [report.store, report]));
    expect(byStore.clients).toMatchObject({ joined: 1, added: 0 });
    expect(byStore.flags).toMatchObject({ updated: 1 });
    expect(byStore.tasks).toMatchObject({ kept: 1 });
    expect(byStore.settings).toMatchObject({ kept: 1 });
    const card = (await r.clients.card('someone@northwind-creative.com'))!;
    expect(card.client.id).toBe(ourClientId);
    expect(card.recent[0]!.note).toBe('Fifth revision now');
    expect(card.recent[0]!.clientId).toBe(ourClientId);
    expect((await r.tasks.list())[0]!.title).toBe('Send the Q4 deck');
    expect((await r.incidents.list()).length).toBe(1);

    // Twice the same file: nothing changes the second time.
    const once = await snapshot();
    await r.backup.import(text(file), 'merge');
    expect(await snapshot()).toEqual(once);
  });

  it('imports a file written by backup version 1', async () => {
    const v1 = {
      format: 'leeway-backup',
      version: 1,
      exportedAt: '2026-11-01T08:00:00.000Z',
      settings: (await fileOf()).settings,
      stores: {
        templates: [],
        templateUsage: [{ id: 'followup-en', count: 3, lastUsedAt: 1 }],
        clients: [
          {
            id: 'c1',
            name: 'Ana',
            status: 'active',
            addresses: ['ana@acme.com'],
            domains: [],
            createdAt: 1,
            updatedAt: 1,
          },
        ],
        flags: [],
        tasks: [],
        calendarDays: [],
        incidents: [],
      },
    };
    await r.colleagues.save({ name: 'Nadia Roux', email: 'nadia@roux-assist.fr', covers: '', languages: [] });
    const { reports } = await r.backup.import(text(v1), 'replace');
    expect((await r.clients.card('ana@acme.com'))?.client.name).toBe('Ana');
    // Colleagues came in version 2: the file has none, and replace leaves none.
    expect(reports.find((report) => report.store === 'colleagues')).toMatchObject({ added: 0, removed: 1 });
    expect(await r.colleagues.list()).toEqual([]);
  });
});

describe('a bad backup file', () => {
  let good: Record<string, any>;
  beforeEach(async () => {
    await seed(r);
    good = await fileOf();
  });

  const refused = async (content: string, ...expected: string[]) => {
    const before = await snapshot();
    for (const mode of ['replace', 'merge'] as const) {
      const error = await r.backup.import(content, mode).then(
        () => undefined,
        (err: Error) => err.message,
      );
      for (const part of [...expected, 'Nothing was changed.']) expect(error).toContain(part);
    }
    expect(await snapshot()).toEqual(before);
  };
  const edited = (edit: (file: Record<string, any>) => void) => {
    const copy = structuredClone(good);
    edit(copy);
    return text(copy);
  };

  it('is refused when it is not JSON', () => refused('{"format": "leeway-backup", ', 'not JSON'));

  it('is refused when it is not a Leeway backup', () => refused('{"hello": 1}', 'not a Leeway backup'));

  it('is refused when its version is wrong', () =>
    refused(
      edited((file) => (file.version = 'one')),
      'field version',
      '"one"',
    ));

  it('is refused when it comes from a newer Leeway', () =>
    refused(
      edited((file) => (file.version = 4)),
      'field version',
      'newer Leeway',
      'version 4',
    ));

  it('is refused when a field is missing, naming the record and the field', () => {
    const id = good.stores.tasks[0].id;
    return refused(
      edited((file) => delete file.stores.tasks[0].title),
      `tasks "${id}", field title: missing`,
    );
  });

  it('is refused when a field is wrong, naming the record and the field', () => {
    const id = good.stores.clients[0].id;
    return refused(
      edited((file) => (file.stores.clients[0].addresses = ['not an address'])),
      `clients "${id}", field addresses.0`,
    );
  });

  it('is refused when a record has a key Leeway does not know', () =>
    refused(
      edited((file) => (file.stores.incidents[0].extra = 1)),
      'incidents "',
      'keys Leeway does not know: extra',
    ));

  it('is refused when a setting is wrong', () =>
    refused(
      edited((file) => (file.settings.workDays = [])),
      'settings, field workDays',
    ));

  it('is refused when a store is missing', () =>
    refused(
      edited((file) => delete file.stores.flags),
      'field stores.flags',
    ));

  it('is refused when an id appears twice', () => {
    const id = good.stores.tasks[0].id;
    return refused(
      edited((file) => file.stores.tasks.push(file.stores.tasks[0])),
      `tasks "${id}", field id: appears twice`,
    );
  });

  it('is refused when a flag names a client not in the file', () => {
    const id = good.stores.flags[0].id;
    return refused(
      edited((file) => (file.stores.flags[0].clientId = 'client-gone')),
      `flags "${id}", field clientId: names clients "client-gone"`,
    );
  });

  it('is refused when two clients have the same address', () =>
    refused(
      edited((file) => file.stores.clients.push({ ...file.stores.clients[0], id: 'client-twin' })),
      'clients "client-twin", field addresses: mark@northwind-creative.com',
    ));

  it('is refused when it is too large (50 MB)', () =>
    refused(' '.repeat(50 * 1024 * 1024), 'This file is 50 MB', `at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB`));

  it('is refused when it holds code for a web page', () => {
    const id = good.stores.tasks[0].id;
    return refused(
      edited((file) => (file.stores.tasks[0].note = 'hi <script>alert(1)</script>')),
      `tasks "${id}", field note: holds code for a web page (<script)`,
    );
  });

  it('is refused when it holds a prototype key', () =>
    refused(
      text(good).replace('"myName"', '"__proto__": {"polluted": true}, "myName"'),
      'settings, field ',
      '"__proto__"',
    ));
});
