import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemBytes, mergeRecord, nextWriteAt, planSync, SYNC_BUDGET, SYNC_QUOTA } from '@/lib/sync/sync-rules';
import { decodeItems, encodeRecord } from '@/lib/sync/sync-parts';

const keyOf = (id: string) => `template:${id}`;
const record = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  updatedAt: fc.integer({ min: 0, max: 1e6 }),
  body: fc.string({ maxLength: 30_000, unit: fc.constantFrom('a', 'é', '€', '\n', '"', '😀') }),
});
const records = fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 40 });

describe('what fits in storage.sync', () => {
  it('never plans an item over 8,192 bytes, a total over the budget, or too many items; every record is sent or refused', () => {
    fc.assert(
      fc.property(records, (list) => {
        const plan = planSync(list, keyOf, encodeRecord);
        const entries = Object.entries(plan.items);
        for (const [key, value] of entries) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
        const total = entries.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
        expect(total).toBeLessThanOrEqual(SYNC_BUDGET.bytesTotal);
        expect(entries.length).toBeLessThanOrEqual(SYNC_BUDGET.maxItems);
        expect(Object.keys(plan.records).length + plan.refused.length).toBe(list.length);
        // Read back, the items are the records sent, those in parts joined exactly.
        expect(decodeItems(plan.items)).toEqual({ records: plan.records, incomplete: {} });
      }),
      { numRuns: 200 },
    );
  });

  it("counts as Chrome does: '<' escaped, a number past 32 bits written as a double", () => {
    expect(itemBytes('k', '<')).toBe(1 + '"\\u003C"'.length);
    expect(itemBytes('k', { at: 12 })).toBe(1 + '{"at":12}'.length);
    expect(itemBytes('k', { at: 1_764_531_234_567 })).toBeGreaterThanOrEqual(1 + '{"at":1.764531234567e+12}'.length);
  });

  it('counts bytes, not characters: a template of accents goes in parts, one too large for sync stays', () => {
    expect(itemBytes('k', 'é')).toBe(1 + 4);
    const accents = { id: 'accents', updatedAt: 1, body: 'é'.repeat(4100) };
    expect(Object.keys(planSync([accents], keyOf, encodeRecord).items)).toEqual([
      'template:accents',
      'part:0:template:accents',
      'part:1:template:accents',
    ]);
    const huge = { id: 'huge', updatedAt: 1, body: 'é'.repeat(60_000) };
    expect(planSync([huge], keyOf, encodeRecord).refused).toEqual([{ id: 'huge', reason: 'too-large' }]);
  });

  it('keeps the most recently changed when the library is too large, and says which stay here', () => {
    const list = Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, updatedAt: i, body: 'x'.repeat(7000) }));
    const plan = planSync(list, keyOf, encodeRecord);
    expect(Object.keys(plan.records)).toContain('template:t19');
    expect(plan.refused.map((r) => r.reason)).toEqual(plan.refused.map(() => 'no-room'));
    expect(plan.refused.some((r) => r.id === 't0')).toBe(true);
  });
});

describe('newest wins, per record', () => {
  const version = fc.record({ id: fc.constant('t'), updatedAt: fc.integer({ min: 0, max: 100 }), body: fc.string() });

  it('picks the same version whichever machine merges, and merging the result again changes nothing', () => {
    fc.assert(
      fc.property(version, version, fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), (a, b, base) => {
        const here = mergeRecord(a, b, base).kept;
        const there = mergeRecord(b, a, base).kept;
        expect(here).toEqual(there);
        expect(here.updatedAt).toBe(Math.max(a.updatedAt, b.updatedAt));
        const again = mergeRecord(here, b, here.updatedAt);
        expect(again.kept).toEqual(here);
        expect(again.conflict).toBe(false);
      }),
    );
  });

  it('is a conflict only when both sides changed since they last agreed', () => {
    const base = 10;
    const mine = { id: 't', updatedAt: 20, body: 'mine' };
    const theirs = { id: 't', updatedAt: 30, body: 'theirs' };
    expect(mergeRecord(mine, theirs, base)).toEqual({ kept: theirs, from: 'remote', conflict: true });
    expect(mergeRecord({ ...mine, updatedAt: 10 }, theirs, base).conflict).toBe(false);
    expect(mergeRecord(mine, { ...theirs, updatedAt: 5 }, base)).toMatchObject({ from: 'local', conflict: false });
    expect(mergeRecord(undefined, theirs, base)).toEqual({ kept: theirs, from: 'remote', conflict: false });
  });
});

describe('the write rate', () => {
  it('waits once 100 writes went out in the last minute, never more than a minute', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 300 }), (writes) => {
        const now = 120_000;
        const at = nextWriteAt(writes, now);
        const recent = writes.filter((w) => w > now - 60_000).length;
        if (recent < SYNC_BUDGET.writesPerMinute) expect(at).toBe(now);
        else {
          expect(at).toBeGreaterThan(now - 1);
          expect(at).toBeLessThanOrEqual(now + 60_000);
          expect(writes.filter((w) => w > at - 60_000 && w <= now).length).toBeLessThan(SYNC_BUDGET.writesPerMinute);
        }
      }),
    );
  });
});
