import type { ClientCard, ClientRankingList } from '@/lib/clients/card';
import type { FlagInput } from '@/lib/clients/client-schema';
import type { Client, Flag } from '@/lib/clients/client-schema';
import { CLIENT_LIMITS, clientSchema, flagSchema } from '@/lib/clients/client-schema';
import { candidateDomains, normalizeEmail, PUBLIC_EMAIL_DOMAINS } from '@/lib/clients/match';
import { mergeClients } from '@/lib/clients/merge';
import { summarizeFlags } from '@/lib/clients/status';
import type { Person } from '@/lib/clients/person';
import { t } from '@/lib/i18n';
import type { GetDb, LeewayDatabase } from './open-db';
import { checkedRecord, parseEach, parseStored } from './records';

type Tx = ReturnType<LeewayDatabase['transaction']>;

// How many of the latest flags the sidebar lists.
const RECENT_FLAGS = 5;

/** A sign is noted once seen: a date ahead is a mistake, refused before anything is written. */
function checkNotFuture(input: FlagInput, now: number): void {
  if (input.at !== undefined && input.at > now) throw new Error('A warning sign cannot be dated in the future');
}

/** Flags that fail their schema are left in the database and out of the figures. */
const readableFlags = (records: unknown[]): Flag[] =>
  records.flatMap((record) => {
    const parsed = flagSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });

async function findClientIn(tx: Tx, address: string): Promise<Client | undefined> {
  const clients = tx.objectStore('clients');
  const normalized = normalizeEmail(address);
  let record = await clients.index('by-address').get(normalized);
  for (const domain of candidateDomains(normalized)) {
    if (record) break;
    record = await clients.index('by-domain').get(domain);
  }
  return record && parseStored(clientSchema, record, `client "${record.id}"`);
}

async function cardIn(tx: Tx, client: Client, now: Date): Promise<ClientCard> {
  const flags = readableFlags(await tx.objectStore('flags').index('by-client').getAll(client.id));
  flags.sort((a, b) => b.at - a.at);
  return { client, summary: summarizeFlags(flags, now), recent: flags.slice(0, RECENT_FLAGS), total: flags.length };
}

/**
 * Refuses an address or a domain that a client other than `owners` already has: the card would
 * show either client at random. Checked in the write's own transaction, so two tabs cannot both
 * claim the same address.
 */
async function refuseOwnedElsewhere(tx: Tx, client: Client, owners: string[]): Promise<void> {
  const clients = tx.objectStore('clients');
  const claims = [
    ...client.addresses.map((value) => ({ index: 'by-address', value, taken: 'addressOwned' }) as const),
    ...client.domains.map((value) => ({ index: 'by-domain', value, taken: 'domainOwned' }) as const),
  ];
  for (const { index, value, taken } of claims) {
    const other = (await clients.index(index).getAll(value)).find((record) => !owners.includes(record.id));
    if (other) throw new Error(t(taken, [value, typeof other.name === 'string' ? other.name : other.id]));
  }
}

/** A merge that would give the client more addresses or domains than a client can hold. */
function refuseOverLimits(client: Client, merged: Client): void {
  const tooMany = { addresses: 'mergeTooManyAddresses', domains: 'mergeTooManyDomains' } as const;
  for (const field of ['addresses', 'domains'] as const) {
    const count = client[field].length;
    if (count > CLIENT_LIMITS[field])
      throw new Error(t(tooMany[field], [merged.name, client.name, String(count), String(CLIENT_LIMITS[field])]));
  }
}

export function createClientsRepo(getDb: GetDb, now: () => Date = () => new Date()) {
  const write = async () => (await getDb()).transaction(['clients', 'flags'], 'readwrite');
  const read = async () => (await getDb()).transaction(['clients', 'flags'], 'readonly');

  return {
    /** One client by id, or null (deleted, merged into another, or unreadable). */
    async get(id: string): Promise<Client | null> {
      const record = await (await read()).objectStore('clients').get(id);
      const parsed = clientSchema.safeParse(record);
      return parsed.success ? parsed.data : null;
    },

    /** The card of whoever `address` belongs to (by address, else by domain), or null. */
    async card(address: string): Promise<ClientCard | null> {
      const tx = await read();
      const client = await findClientIn(tx, address);
      return client ? cardIn(tx, client, now()) : null;
    },

    /**
     * Records a flag on the client `person` belongs to, creating the client (watched, known by
     * that address) on their first flag. One transaction: two tabs flagging at once both land.
     */
    async flag(person: Person, thread: Flag['thread'], input: FlagInput): Promise<ClientCard> {
      const at = now().getTime();
      checkNotFuture(input, at);
      const tx = await write();
      let client = await findClientIn(tx, person.email);
      // A new client has one address, which no client has (the lookup above, same transaction).
      if (!client) {
        client = checkedRecord(
          clientSchema,
          {
            id: `client-${crypto.randomUUID()}`,
            name: person.name || person.email,
            status: 'watch',
            addresses: [normalizeEmail(person.email)],
            domains: [],
            createdAt: at,
            updatedAt: at,
          },
          'client',
        );
        await tx.objectStore('clients').put(client);
      }
      const flag = checkedRecord(
        flagSchema,
        { id: `flag-${crypto.randomUUID()}`, clientId: client.id, ...input, thread, at: input.at ?? at, updatedAt: at },
        'flag',
      );
      await tx.objectStore('flags').put(flag);
      const card = await cardIn(tx, client, now());
      await tx.done;
      return card;
    },

    async updateFlag(id: string, input: FlagInput): Promise<ClientCard> {
      checkNotFuture(input, now().getTime());
      const tx = await write();
      const stored = await tx.objectStore('flags').get(id);
      if (!stored) throw new Error(`No flag "${id}"`);
      const flag = checkedRecord(
        flagSchema,
        { ...parseStored(flagSchema, stored, `flag "${id}"`), ...input, updatedAt: now().getTime() },
        `flag "${id}"`,
      );
      await tx.objectStore('flags').put(flag);
      const client = parseStored(
        clientSchema,
        await tx.objectStore('clients').get(flag.clientId),
        `client "${flag.clientId}"`,
      );
      const card = await cardIn(tx, client, now());
      await tx.done;
      return card;
    },

    async deleteFlag(id: string): Promise<void> {
      const db = await getDb();
      await db.delete('flags', id);
    },

    /** Every client, the most warned about in the last 30 days first, and those unreadable. */
    async rank(): Promise<ClientRankingList> {
      const tx = await read();
      const [clients, flags] = await Promise.all([
        tx.objectStore('clients').getAll(),
        tx.objectStore('flags').getAll(),
      ]);
      const byClient = new Map<string, Flag[]>();
      for (const flag of readableFlags(flags)) {
        const own = byClient.get(flag.clientId);
        if (own) own.push(flag);
        else byClient.set(flag.clientId, [flag]);
      }
      const today = now();
      const { readable, unreadable } = parseEach(clientSchema, clients, 'client');
      const ranking = readable
        .map((client) => {
          const own = byClient.get(client.id) ?? [];
          return { client, summary: summarizeFlags(own, today), total: own.length };
        })
        .sort(
          (a, b) =>
            b.summary.last30 - a.summary.last30 ||
            b.summary.last90 - a.summary.last90 ||
            a.client.name.localeCompare(b.client.name),
        );
      return { ranking, unreadable };
    },

    /** The flags recorded from `start` (included) to `end` (excluded), every client's. */
    async flagsBetween(start: number, end: number): Promise<Flag[]> {
      const db = await getDb();
      return readableFlags(await db.getAll('flags')).filter((flag) => flag.at >= start && flag.at < end);
    },

    async timeline(clientId: string): Promise<Flag[]> {
      const db = await getDb();
      return readableFlags(await db.getAllFromIndex('flags', 'by-client', clientId)).sort((a, b) => b.at - a.at);
    },

    /** Renames, re-addresses, changes the status or the agreement card of a client; webmail domains are refused. */
    async updateClient(
      patch: Partial<Pick<Client, 'name' | 'status' | 'addresses' | 'domains' | 'agreement'>> & { id: string },
    ): Promise<Client> {
      const tx = await write();
      const stored = await tx.objectStore('clients').get(patch.id);
      if (!stored) throw new Error(`No client "${patch.id}"`);
      const publicDomain = patch.domains?.find((domain) => PUBLIC_EMAIL_DOMAINS.has(domain.toLowerCase()));
      if (publicDomain)
        throw new Error(`"${publicDomain}" is shared by everyone who uses it: add the client's addresses instead`);
      const client = checkedRecord(
        clientSchema,
        {
          ...parseStored(clientSchema, stored, `client "${patch.id}"`),
          ...patch,
          addresses: patch.addresses?.map(normalizeEmail) ?? stored.addresses,
          updatedAt: now().getTime(),
        },
        `client "${patch.id}"`,
      );
      await refuseOwnedElsewhere(tx, client, [client.id]);
      await tx.objectStore('clients').put(client);
      await tx.done;
      return client;
    },

    /**
     * Folds `mergedId` into `keptId`: its flags move over, its addresses and domains join. A
     * client that would hold more addresses or domains than a client can is refused, with why.
     */
    async merge(keptId: string, mergedId: string): Promise<Client> {
      if (keptId === mergedId) throw new Error('A client cannot be merged into itself');
      const tx = await write();
      const clients = tx.objectStore('clients');
      const [keptRecord, mergedRecord] = await Promise.all([clients.get(keptId), clients.get(mergedId)]);
      if (!keptRecord || !mergedRecord) throw new Error('Both clients must exist to be merged');
      const merged = parseStored(clientSchema, mergedRecord, `client "${mergedId}"`);
      const kept = parseStored(clientSchema, keptRecord, `client "${keptId}"`);
      const combined = mergeClients(kept, merged, now().getTime());
      refuseOverLimits(combined, merged);
      const client = checkedRecord(clientSchema, combined, `client "${keptId}"`);
      await refuseOwnedElsewhere(tx, client, [keptId, mergedId]);
      const flags = tx.objectStore('flags');
      // Only the owner changes: an unreadable flag moves as it is rather than staying behind,
      // attached to a client that no longer exists.
      for (const flag of await flags.index('by-client').getAll(mergedId))
        await flags.put({ ...flag, clientId: keptId });
      await clients.put(client);
      await clients.delete(mergedId);
      await tx.done;
      return client;
    },
  };
}
export type ClientsRepo = ReturnType<typeof createClientsRepo>;
