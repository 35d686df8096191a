import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createClientsRepo } from '@/lib/db/clients-repo';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { DB_NAME } from '@/lib/db/schema';

const NOW = new Date(2026, 10, 25, 12);
let repo: ReturnType<typeof createClientsRepo>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  repo = createClientsRepo(createDbConnection(), () => NOW);
});

const MARK = { name: 'Mark Ellison', email: 'mark@northwind-creative.com' };
const THREAD = { id: '19a36435ce2f0ff3', subject: 'Q4 launch timeline' };
const SCOPE = { signs: ['scope-creep' as const], severity: 'medium' as const, note: '' };

describe('matching an address to a client', () => {
  it.each([
    ['mark@northwind-creative.com', 'Mark'],
    ['Mark@Northwind-Creative.COM', 'Mark'],
    ['mark+invoices@northwind-creative.com', 'Mark'],
    ['priya@northwind-creative.com', 'Northwind'],
    ['PRIYA@NORTHWIND-CREATIVE.COM', 'Northwind'],
    ['hans@eu.northwind-creative.com', 'Northwind EU'],
    ['ops@mail.eu.northwind-creative.com', 'Northwind EU'],
    ['janesmith@gmail.com', 'Jane'],
    ['Jane.Smith+work@googlemail.com', 'Jane'],
    ['someone@northwind-creative.co', undefined],
    ['someone@notnorthwind-creative.com', undefined],
  ])('%s belongs to %s', async (address, name) => {
    const known = async (person: { name: string; email: string }, domains: string[] = []) => {
      const { client } = await repo.flag(person, THREAD, SCOPE);
      if (domains.length > 0) await repo.updateClient({ id: client.id, addresses: [], domains });
    };
    await known({ name: 'Mark', email: 'mark@northwind-creative.com' });
    // The subsidiary first: once the parent domain is known, its addresses would go to the parent.
    await known({ name: 'Northwind EU', email: 'eu@eu.northwind-creative.com' }, ['eu.northwind-creative.com']);
    await known({ name: 'Northwind', email: 'contact@northwind-creative.com' }, ['northwind-creative.com']);
    await known({ name: 'Jane', email: 'jane.smith@gmail.com' });
    expect((await repo.card(address))?.client.name).toBe(name);
  });
});

describe('the clients repository', () => {
  it('creates a watched client on the first flag and finds them again, whatever the spelling', async () => {
    const card = await repo.flag(MARK, THREAD, { ...SCOPE, note: 'Added a partner launch the day before.' });
    expect(card.client).toMatchObject({
      name: 'Mark Ellison',
      status: 'watch',
      addresses: ['mark@northwind-creative.com'],
    });
    expect(card.recent).toHaveLength(1);
    expect(card.recent[0]).toMatchObject({
      thread: THREAD,
      note: 'Added a partner launch the day before.',
      at: NOW.getTime(),
    });
    expect(card.summary).toMatchObject({ last30: 1, last90: 1 });

    expect((await repo.card('MARK+q4@Northwind-Creative.com'))?.client.id).toBe(card.client.id);
    expect(await repo.card('priya@northwind-creative.com')).toBeNull();
  });

  it('matches a whole company by domain once it is added to the client', async () => {
    const { client } = await repo.flag(MARK, THREAD, SCOPE);
    await repo.updateClient({ id: client.id, domains: ['northwind-creative.com'] });
    const card = await repo.flag({ name: 'Priya Shah', email: 'priya@eu.northwind-creative.com' }, THREAD, SCOPE);
    expect(card.client.id).toBe(client.id);
    expect(card.total).toBe(2);
    await expect(repo.updateClient({ id: client.id, domains: ['gmail.com'] })).rejects.toThrow('"gmail.com" is shared');
  });

  it('edits and deletes a flag', async () => {
    const { recent } = await repo.flag(MARK, THREAD, SCOPE);
    const edited = await repo.updateFlag(recent[0]!.id, {
      signs: ['late-payment', 'scope-creep'],
      severity: 'high',
      note: 'Invoice 12 still unpaid',
    });
    expect(edited.recent[0]).toMatchObject({
      signs: ['late-payment', 'scope-creep'],
      severity: 'high',
      note: 'Invoice 12 still unpaid',
    });
    await repo.deleteFlag(recent[0]!.id);
    expect((await repo.card(MARK.email))?.total).toBe(0);
  });

  it('ranks clients by recent signs, and merges two into one with all their flags', async () => {
    const mark = (await repo.flag(MARK, THREAD, SCOPE)).client;
    const other = await repo.flag({ name: 'Mark (personal)', email: 'mark.ellison@gmail.com' }, THREAD, {
      ...SCOPE,
      signs: ['denigration', 'late-payment'],
    });
    expect((await repo.rank()).ranking.map((r) => r.client.name)).toEqual(['Mark (personal)', 'Mark Ellison']);

    const merged = await repo.merge(mark.id, other.client.id);
    expect(merged.addresses).toEqual(['mark@northwind-creative.com', 'markellison@gmail.com']);
    expect((await repo.rank()).ranking).toHaveLength(1);
    expect((await repo.timeline(mark.id)).map((f) => f.signs.length).sort()).toEqual([1, 2]);
    expect((await repo.card('mark.ellison@gmail.com'))?.client.id).toBe(mark.id);
  });

  it('loses nothing when two tabs flag the same new client at the same moment', async () => {
    const tabA = createClientsRepo(createDbConnection(), () => NOW);
    const tabB = createClientsRepo(createDbConnection(), () => NOW);
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 ? tabA : tabB).flag(MARK, { subject: `flag ${i}` }, SCOPE)),
    );
    const { ranking } = await repo.rank();
    expect(ranking).toHaveLength(1);
    expect(ranking[0]!.total).toBe(100);
  });

  it('leaves an unreadable flag in place and out of the figures', async () => {
    const { client } = await repo.flag(MARK, THREAD, SCOPE);
    const db = await openLeewayDb();
    await db.put('flags', { id: 'flag-bad', clientId: client.id, signs: ['not-a-sign'] });
    db.close();
    expect((await repo.card(MARK.email))?.total).toBe(1);
    const raw = await openDB(DB_NAME);
    expect(await raw.get('flags', 'flag-bad')).toMatchObject({ signs: ['not-a-sign'] });
    raw.close();
  });

  it('upgrades a version 2 database, keeping its templates', async () => {
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('settings');
        db.createObjectStore('templates', { keyPath: 'id' });
        db.createObjectStore('templateUsage');
      },
    });
    await v2.put('templates', { id: 'custom-1', deleted: true, updatedAt: 1 });
    v2.close();
    const db = await openLeewayDb();
    expect(await db.get('templates', 'custom-1')).toEqual({ id: 'custom-1', deleted: true, updatedAt: 1 });
    expect([...db.objectStoreNames].sort()).toEqual([
      'calendarDays',
      'calendarEvents',
      'clients',
      'colleagues',
      'flags',
      'incidents',
      'settings',
      'tasks',
      'templateUsage',
      'templates',
      'timeEntries',
    ]);
    db.close();
  });
});

describe('merging clients can store a client its own schema refuses', () => {
  const manyAddresses = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}@northwind.com`);
  const manyDomains = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}.com`);

  it.each([
    ['addresses', { addresses: manyAddresses('a', 30) }, { addresses: manyAddresses('b', 30) }, /60 addresses.*50/],
    ['domains', { domains: manyDomains('a', 6) }, { domains: manyDomains('b', 6) }, /12 domains.*10/],
  ])('refuses a merge that would give the client too many %s, says why, and changes nothing', async (_, a, b, why) => {
    const kept = (await repo.flag(MARK, THREAD, SCOPE)).client;
    const merged = (await repo.flag({ name: 'Priya', email: 'priya@elsewhere.org' }, THREAD, SCOPE)).client;
    await repo.updateClient({ id: kept.id, ...a });
    await repo.updateClient({ id: merged.id, ...b });
    const before = await repo.rank();

    await expect(repo.merge(kept.id, merged.id)).rejects.toThrow(why);

    expect(await repo.rank()).toEqual(before);
    expect(before.ranking).toHaveLength(2);
    expect(await repo.timeline(merged.id)).toHaveLength(1);
  });

  it('ranks the readable clients and names the unreadable record instead of dropping it', async () => {
    await repo.flag(MARK, THREAD, SCOPE);
    const db = await openLeewayDb();
    await db.put('clients', { id: 'client-broken', addresses: [], domains: [], name: '', status: 'lost' });
    db.close();
    const { ranking, unreadable } = await repo.rank();
    expect(ranking.map((r) => r.client.name)).toEqual(['Mark Ellison']);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toContain('client "client-broken"');
    expect(unreadable[0]).toContain('status');
  });

  it('refuses to write a client or a flag its schema would refuse, and stores nothing', async () => {
    const { client, recent } = await repo.flag(MARK, THREAD, SCOPE);
    await expect(repo.updateClient({ id: client.id, name: 'x'.repeat(121) })).rejects.toThrow(
      /Leeway did not save client ".*": .*name/s,
    );
    await expect(repo.updateFlag(recent[0]!.id, { ...SCOPE, signs: [] })).rejects.toThrow(
      /Leeway did not save flag ".*": .*signs/s,
    );
    const card = await repo.card(MARK.email);
    expect(card?.client.name).toBe('Mark Ellison');
    expect(card?.recent[0]?.signs).toEqual(SCOPE.signs);
  });
});

describe('two clients can own the same address', () => {
  const PRIYA = { name: 'Priya Shah', email: 'priya@elsewhere.org' };

  it('refuses an address another client owns, naming that client, and changes nothing', async () => {
    await repo.flag(MARK, THREAD, SCOPE);
    const priya = (await repo.flag(PRIYA, THREAD, SCOPE)).client;
    await expect(
      repo.updateClient({ id: priya.id, addresses: [PRIYA.email, 'Mark+q4@Northwind-Creative.com'] }),
    ).rejects.toThrow('the address mark@northwind-creative.com already belongs to "Mark Ellison"');
    expect((await repo.card(MARK.email))?.client.name).toBe('Mark Ellison');
    expect((await repo.card(PRIYA.email))?.client.addresses).toEqual([PRIYA.email]);
  });

  it('refuses a domain another client owns, naming that client, and changes nothing', async () => {
    const mark = (await repo.flag(MARK, THREAD, SCOPE)).client;
    await repo.updateClient({ id: mark.id, domains: ['northwind-creative.com'] });
    const priya = (await repo.flag(PRIYA, THREAD, SCOPE)).client;
    await expect(repo.updateClient({ id: priya.id, domains: ['Northwind-Creative.com'] })).rejects.toThrow(
      'the domain northwind-creative.com already belongs to "Mark Ellison"',
    );
    expect((await repo.card('anyone@northwind-creative.com'))?.client.name).toBe('Mark Ellison');
    expect((await repo.card(PRIYA.email))?.client.domains).toEqual([]);
  });

  it('lets a client keep its own addresses and domains when it is saved again', async () => {
    const mark = (await repo.flag(MARK, THREAD, SCOPE)).client;
    await repo.updateClient({ id: mark.id, domains: ['northwind-creative.com'] });
    const saved = await repo.updateClient({ id: mark.id, name: 'Northwind', addresses: [MARK.email] });
    expect(saved).toMatchObject({ name: 'Northwind', addresses: [MARK.email], domains: ['northwind-creative.com'] });
  });
});

describe('a flag noted late, with the client’s words', () => {
  it('keeps the day it was seen and the quoted sentence, and refuses a day ahead', async () => {
    const seen = new Date(2026, 10, 10, 12).getTime();
    const card = await repo.flag(MARK, THREAD, { ...SCOPE, at: seen, quote: 'Can you also do the partner deck?' });
    expect(card.recent[0]).toMatchObject({
      at: seen,
      quote: 'Can you also do the partner deck?',
      updatedAt: NOW.getTime(),
    });
    await expect(repo.flag(MARK, THREAD, { ...SCOPE, at: NOW.getTime() + 86_400_000 })).rejects.toThrow(
      'cannot be dated in the future',
    );
    expect((await repo.card(MARK.email))?.total).toBe(1);
  });

  it('reads back a flag stored before quotes and past dates existed', async () => {
    const { client } = await repo.flag(MARK, THREAD, SCOPE);
    const db = await openDB(DB_NAME);
    await db.put('flags', {
      id: 'flag-old',
      clientId: client.id,
      signs: ['late-payment'],
      severity: 'low',
      note: '',
      thread: { subject: 'Invoice' },
      at: NOW.getTime() - 1000,
      updatedAt: NOW.getTime() - 1000,
    });
    db.close();
    expect((await repo.card(MARK.email))?.total).toBe(2);
  });
});
