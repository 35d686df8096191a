import { z } from 'zod';
import { itemBytes, SYNC_BUDGET, SYNC_QUOTA } from './sync-rules';

// storage.sync takes at most 8 KB per item. A larger record travels in parts: under its own key
// a head (its id, its change date, how many parts), and the text of its JSON cut into parts under
// keys of their own, joined on read. Each part carries the change date of the version it belongs
// to: the browser delivers items one by one, so a set with a part missing, or with a part left
// from another version, is not joined (it waits for the rest) rather than read as a wrong record.

const PART_PREFIX = 'part:';
/** The key of a record's `index`th part: never a key a record itself is stored under. */
const partKey = (key: string, index: number) => `${PART_PREFIX}${index}:${key}`;
const isPartKey = (key: string) => key.startsWith(PART_PREFIX);

const headSchema = z.strictObject({
  id: z.string(),
  updatedAt: z.number(),
  parts: z.number().int().min(2).max(SYNC_QUOTA.maxItems),
});
const partSchema = z.strictObject({ at: z.number(), text: z.string() });

/** The items that carry one record: itself when it fits in one, else its head and its parts. */
export function encodeRecord(key: string, record: { id: string; updatedAt: number }): Record<string, unknown> {
  if (itemBytes(key, record) <= SYNC_BUDGET.bytesPerItem) return { [key]: record };
  const json = JSON.stringify(record);
  const texts: string[] = [];
  for (let from = 0; from < json.length;) {
    // The longest slice that fits, by bisection (bytes, not characters, are counted).
    const fits = (length: number) =>
      itemBytes(partKey(key, texts.length), { at: record.updatedAt, text: json.slice(from, from + length) }) <=
      SYNC_BUDGET.bytesPerItem;
    let low = 1;
    let high = json.length - from;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle - 1;
    }
    // A pair of UTF-16 halves stays whole in one part.
    const end = from + low;
    const cut = end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1]!) && low > 1 ? end - 1 : end;
    texts.push(json.slice(from, cut));
    from = cut;
  }
  return {
    [key]: { id: record.id, updatedAt: record.updatedAt, parts: texts.length },
    ...Object.fromEntries(texts.map((text, i) => [partKey(key, i), { at: record.updatedAt, text }])),
  };
}

export interface DecodedItems {
  /** Every record sync holds, by its key: whole ones as they are, those in parts joined. */
  records: Record<string, unknown>;
  /** Records whose parts have not all arrived: their head, for its change date. */
  incomplete: Record<string, { updatedAt: number }>;
}

/** Sync's items read back as records; a set of parts not complete is left out (see above). */
export function decodeItems(items: Record<string, unknown>): DecodedItems {
  const records: Record<string, unknown> = {};
  const incomplete: DecodedItems['incomplete'] = {};
  for (const [key, value] of Object.entries(items)) {
    if (isPartKey(key)) continue;
    const head = headSchema.safeParse(value);
    if (!head.success) {
      records[key] = value;
      continue;
    }
    const texts: string[] = [];
    for (let i = 0; i < head.data.parts; i++) {
      const part = partSchema.safeParse(items[partKey(key, i)]);
      if (!part.success || part.data.at !== head.data.updatedAt) break;
      texts.push(part.data.text);
    }
    let joined: unknown;
    try {
      joined = texts.length === head.data.parts ? JSON.parse(texts.join('')) : undefined;
    } catch {
      joined = undefined;
    }
    if (joined === undefined) incomplete[key] = { updatedAt: head.data.updatedAt };
    else records[key] = joined;
  }
  return { records, incomplete };
}

/** The parts sync holds for `key` that `kept` (its new items, if any) no longer uses. */
export function leftoverParts(
  items: Record<string, unknown>,
  key: string,
  kept: Record<string, unknown> = {},
): string[] {
  const prefix = new RegExp(`^${PART_PREFIX}\\d+:`);
  return Object.keys(items).filter((each) => isPartKey(each) && each.replace(prefix, '') === key && !(each in kept));
}
