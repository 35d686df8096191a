import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { querySelectorAllOf, type NamedSelector } from '@/lib/dom/selectors';
import { loadFixture } from './load-fixture';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * Checks a host's selectors against every fixture page of that host, as refined-github checks
 * its selectors against real pages: each selector has the number of elements it must find in
 * each fixture, so a fixture or selector change that breaks one is seen at once. A selector
 * that the code applies inside another (a sender inside a message) is counted the same way,
 * inside every match of that one. Counts are what the code sees: the first alternative that
 * matches anything.
 */
export function describeSelectorTable<Key extends string>(options: {
  host: 'gmail' | 'calendar';
  selectors: Record<Key, NamedSelector>;
  /** The fixture files of tests/fixtures/<host>, in the order of the table's columns. */
  fixtures: readonly string[];
  table: Record<NoInfer<Key>, readonly number[]>;
  scopes: Partial<Record<NoInfer<Key>, NoInfer<Key>>>;
}) {
  const { host, selectors, fixtures, table, scopes } = options;
  const docs = new Map<string, Document>();
  const load = (file: string) => docs.get(file) ?? docs.set(file, loadFixture(`${host}/${file}`)).get(file)!;
  const matchesOf = (doc: Document, key: Key): Element[] => {
    const scope = scopes[key];
    const roots: ParentNode[] = scope ? matchesOf(doc, scope) : [doc];
    return roots.flatMap((root) => querySelectorAllOf(root, selectors[key]));
  };

  describe(`the ${host} selectors on every ${host} fixture`, () => {
    it('cover every fixture and every selector', () => {
      expect([...fixtures].sort()).toEqual(readdirSync(resolve(FIXTURES, host)).sort());
      expect(Object.keys(table).sort()).toEqual(Object.keys(selectors).sort());
    });

    for (const key of Object.keys(table) as Key[]) {
      it(`${key} (${selectors[key].name}) finds the expected number of elements`, () => {
        const row = (counts: readonly number[]) => Object.fromEntries(fixtures.map((file, i) => [file, counts[i]]));
        expect(row(fixtures.map((file) => matchesOf(load(file), key).length))).toEqual(row(table[key]));
      });
    }
  });
}
