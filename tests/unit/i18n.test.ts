import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (language: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES, language, 'messages.json'), 'utf8'));

describe('the catalogues', () => {
  const en = load('en');
  const fr = load('fr');

  it('are English and French', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(['en', 'fr']);
  });

  it('hold the same keys, each with a message in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const catalogue of [en, fr]) {
      for (const [key, entry] of Object.entries(catalogue)) {
        expect(entry.message.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      const names = (c: Catalogue) => [...c[key]!.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]).sort();
      expect(names(fr), key).toEqual(names(en));
      expect(fr[key]!.placeholders, key).toEqual(en[key]!.placeholders);
    }
  });

  it('translate what differs between the languages', () => {
    // Brand names and words that are the same in both languages are the only shared messages.
    const same = Object.keys(en).filter((key) => en[key]!.message === fr[key]!.message);
    expect(same.sort()).toEqual([
      'backupStoreClients',
      'backupStoreIncidents',
      'bucketCount',
      'bucketUrgent',
      'calendarDatesLabel',
      'categoryInterruption',
      'extName',
      'fieldKindDate',
      'fieldLabel',
      'placeholderGroupDates',
      'reportClient',
      'reviewIncidentsHeading',
      'sectionClients',
      'taskClientLabel',
      'templateCategoryLabel',
    ]);
  });
});

describe('the keys built from names', () => {
  it('exist for every warning sign, severity, status, trend and response', async () => {
    const { warningSigns, severities, clientStatuses } = await import('@/lib/clients/client');
    const { responses } = await import('@/lib/clients/responses');
    const labels = await import('@/lib/clients/labels');
    const en = load('en');
    const keys = [
      ...warningSigns.map(labels.signLabelKey),
      ...severities.map(labels.severityLabelKey),
      ...clientStatuses.map(labels.statusLabelKey),
      ...(['none', 'new', 'rising', 'steady', 'falling'] as const).map(labels.trendLabelKey),
      ...responses.flatMap((r) => [labels.responseLabelKey(r), labels.responseActionKey(r)]),
    ];
    expect(keys.filter((key) => !en[key])).toEqual([]);
    expect(keys).toHaveLength(12 + 3 + 3 + 5 + 10);
  });
});
