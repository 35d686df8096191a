import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '@/lib/backup/read-backup';
import { BACKUP_STORES } from '@/lib/backup/backup-stores';
import { clientStatuses, severities, warningSigns } from '@/lib/clients/client';
import { buckets } from '@/lib/tasks/task';
import { repos, seed, snapshot, type Repos } from './seed';

type File = Record<string, any>;
const storeNames = BACKUP_STORES.map((store) => store.name);
const idFieldOf = Object.fromEntries(BACKUP_STORES.map((store) => [store.name, store.idField]));
// Fields every record of the store must have, besides its id.
const requiredOf: Record<string, string[]> = {
  templates: ['deleted', 'updatedAt'],
  templateUsage: ['count', 'lastUsedAt'],
  clients: ['name', 'status', 'addresses', 'domains', 'createdAt', 'updatedAt'],
  flags: ['clientId', 'signs', 'severity', 'note', 'thread', 'at', 'updatedAt'],
  tasks: ['title', 'bucket', 'estimateMinutes', 'note', 'order', 'done', 'createdAt', 'updatedAt'],
  calendarDays: ['buffers', 'bookedMinutes', 'freeMinutes', 'accountPath', 'readAt'],
  incidents: ['date', 'what', 'minutesLost', 'overloaded', 'change', 'taskIds', 'createdAt'],
  colleagues: ['name', 'email', 'covers', 'languages', 'createdAt', 'updatedAt'],
  timeEntries: ['clientId', 'description', 'source', 'start', 'end', 'createdAt', 'updatedAt'],
};

/** A change that makes a good file bad, every one of them something the import must refuse. */
type Mutation = (file: File, text: string) => string;
const pickRecord = (file: File, storeIndex: number, recordIndex: number) => {
  const name = storeNames[storeIndex % storeNames.length]!;
  const list = file.stores[name] as File[];
  return { name, record: list[recordIndex % list.length]!, list };
};
const at = fc.nat(1000);

const mutation: fc.Arbitrary<{ kind: string; apply: Mutation }> = fc.oneof(
  fc.nat().map((n) => ({ kind: 'truncated', apply: (_f: File, t: string) => t.slice(0, 1 + (n % (t.length - 1))) })),
  fc.string().map((junk) => ({ kind: 'junk', apply: () => junk })),
  fc.tuple(at, at, at).map(([s, r, k]) => ({
    kind: 'missing field',
    apply: (file: File) => {
      const { name, record } = pickRecord(file, s, r);
      const keys = [idFieldOf[name]!, ...requiredOf[name]!];
      delete record[keys[k % keys.length]!];
      return JSON.stringify(file);
    },
  })),
  fc.tuple(at, at, at, fc.anything()).map(([s, r, k, value]) => ({
    kind: 'wrong field',
    apply: (file: File) => {
      const { record } = pickRecord(file, s, r);
      const keys = Object.keys(record);
      // No field of any record takes an object with a key Leeway does not know.
      record[keys[k % keys.length]!] = { 'x-unknown': value ?? 0 };
      return JSON.stringify(file);
    },
  })),
  fc.tuple(at, at, fc.string(), fc.jsonValue()).map(([s, r, key, value]) => ({
    kind: 'unknown key',
    apply: (file: File) => {
      pickRecord(file, s, r).record[`x-${key}`] = value;
      return JSON.stringify(file);
    },
  })),
  fc.tuple(at, at).map(([s, r]) => ({
    kind: 'duplicate id',
    apply: (file: File) => {
      const { list, record } = pickRecord(file, s, r);
      list.push(structuredClone(record));
      return JSON.stringify(file);
    },
  })),
  fc.string().map((id) => ({
    kind: 'dangling reference',
    apply: (file: File) => {
      file.stores.flags[0].clientId = `gone-${id}`;
      return JSON.stringify(file);
    },
  })),
  fc
    .tuple(at, at, fc.constantFrom('<script>', '</SCRIPT >', 'javascript:', '<iframe src=x>', '<svg onload=1>'), at)
    .map(([s, r, code, k]) => ({
      kind: 'script payload',
      apply: (file: File) => {
        const { record } = pickRecord(file, s, r);
        const strings = Object.keys(record).filter((key) => typeof record[key] === 'string');
        if (strings.length === 0) file.settings.signature = code;
        else record[strings[k % strings.length]!] += code;
        return JSON.stringify(file);
      },
    })),
  fc.tuple(at, at).map(([s, r]) => ({
    kind: 'prototype key',
    apply: (file: File) => {
      const { record } = pickRecord(file, s, r);
      const idField = idFieldOf[storeNames[s % storeNames.length]!]!;
      return JSON.stringify(file).replace(
        `"${idField}":${JSON.stringify(record[idField])}`,
        `"__proto__":{"polluted":true},"${idField}":${JSON.stringify(record[idField])}`,
      );
    },
  })),
  fc
    .oneof(
      fc.integer({ min: 4 }),
      fc.integer({ max: 0 }),
      fc.double({ min: 1.01, max: 1.99 }),
      fc.string(),
      fc.constant(null),
    )
    .map((version) => ({
      kind: 'version',
      apply: (file: File) => {
        file.version = version;
        return JSON.stringify(file);
      },
    })),
);

describe('hostile and malformed backup files (fast-check)', () => {
  let r: Repos;
  let good: string;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    globalThis.indexedDB = new IDBFactory();
    r = repos();
    await seed(r);
    good = (await r.backup.export()).text;
    before = await snapshot();
  });

  it('refuses 10,000 of them with a message, and the database stays identical, record by record', async () => {
    const figures = { tried: 0, refused: 0, differences: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, fc.constantFrom<'replace' | 'merge'>('replace', 'merge'), async ({ apply }, mode) => {
        figures.tried++;
        const text = apply(JSON.parse(good), good);
        const error = await r.backup.import(text, mode).then(
          () => undefined,
          (err: unknown) => err,
        );
        expect(error).toBeInstanceOf(BackupError);
        expect((error as Error).message).toMatch(/\S.*Nothing was changed\.$/s);
        figures.refused++;
        const after = await snapshot();
        try {
          expect(after).toEqual(before);
        } catch (err) {
          figures.differences++;
          throw err;
        }
      }),
      { numRuns: 10_000 },
    );
    console.info(
      `backup fuzz: ${figures.tried} files tried, ${figures.refused} refused, ${figures.differences} database differences`,
    );
    expect(figures).toEqual({ tried: 10_000, refused: 10_000, differences: 0 });
  }, 600_000);
});

// Valid data a user could have: trimmed non-empty names, unique ids and addresses.
const text = (max: number) =>
  fc
    .string({ maxLength: max })
    .map((s) => s.replace(/[<>:]/g, '').trim())
    .filter((s) => s.length > 0);
const validFile = fc
  .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,10}$/), text(40), fc.constantFrom(...clientStatuses), fc.nat()), {
    selector: ([local]) => local,
    maxLength: 6,
  })
  .chain((people) =>
    fc.record({
      clients: fc.constant(
        people.map(([local, name, status, time]) => ({
          id: `client-${local}`,
          name,
          status,
          addresses: [`${local}@example.com`],
          domains: [],
          createdAt: time,
          updatedAt: time,
        })),
      ),
      flags: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^flag-[a-z0-9]{1,12}$/),
          clientId: people.length ? fc.constantFrom(...people.map(([local]) => `client-${local}`)) : fc.constant('x'),
          signs: fc.uniqueArray(fc.constantFrom(...warningSigns), { minLength: 1 }),
          severity: fc.constantFrom(...severities),
          note: text(80),
          thread: fc.record({ subject: text(40) }),
          at: fc.nat(),
          updatedAt: fc.nat(),
        }),
        { selector: (flag) => flag.id, maxLength: people.length ? 8 : 0 },
      ),
      tasks: fc.uniqueArray(
        fc.record(
          {
            id: fc.stringMatching(/^task-[a-z0-9]{1,12}$/),
            title: text(60),
            bucket: fc.constantFrom(...buckets),
            estimateMinutes: fc.nat(6000),
            note: fc.constant(''),
            order: fc.nat(100),
            done: fc.boolean(),
            createdAt: fc.nat(),
            updatedAt: fc.nat(),
            due: fc.constantFrom('2026-12-01', '2027-02-28'),
          },
          {
            requiredKeys: [
              'id',
              'title',
              'bucket',
              'estimateMinutes',
              'note',
              'order',
              'done',
              'createdAt',
              'updatedAt',
            ],
          },
        ),
        { selector: (task) => task.id, maxLength: 8 },
      ),
    }),
  );

describe('valid backup files (fast-check)', () => {
  it('round-trip exactly, and merging one twice changes nothing the second time', async () => {
    globalThis.indexedDB = new IDBFactory();
    const template = JSON.parse((await repos().backup.export()).text);
    await fc.assert(
      fc.asyncProperty(validFile, async (stores) => {
        globalThis.indexedDB = new IDBFactory();
        const r = repos();
        // A file lists each store's records in the order of their ids, as IndexedDB gives them.
        const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
        const sorted = { clients: byId(stores.clients), flags: byId(stores.flags), tasks: byId(stores.tasks) };
        const file = { ...template, stores: { ...template.stores, ...sorted } };
        const written = JSON.stringify(file, null, 1);
        await r.backup.import(written, 'replace');
        const exported = (await r.backup.export()).text;
        // The same records and values; keys come back in their schema's order.
        expect(JSON.parse(exported)).toEqual(file);
        globalThis.indexedDB = new IDBFactory();
        const again = repos();
        await again.backup.import(exported, 'replace');
        expect((await again.backup.export()).text).toBe(exported);
        await again.backup.import(written, 'merge');
        const once = await snapshot();
        await again.backup.import(written, 'merge');
        expect(await snapshot()).toEqual(once);
      }),
      { numRuns: 200 },
    );
  }, 300_000);
});
