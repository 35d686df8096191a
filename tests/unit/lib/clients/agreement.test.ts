import { describe, expect, it } from 'vitest';
import { BACKUP_STORES } from '@/lib/backup/backup-stores';
import type { ClientAgreement } from '@/lib/clients/agreement';
import type { Client } from '@/lib/clients/client-schema';
import { clientSchema } from '@/lib/clients/client-schema';
import { mergeClients } from '@/lib/clients/merge';
import { withClientLimit } from '@/lib/hours/client-limit';
import { defaultHoursSettings } from '@/lib/hours/hours-settings';

const before: Client = {
  id: 'c1',
  name: 'Northwind',
  status: 'active',
  addresses: ['mark@northwind-creative.com'],
  domains: [],
  createdAt: 1,
  updatedAt: 1,
};
const agreement: ClientAgreement = {
  language: 'fr',
  formality: 'tu',
  greeting: 'Salut Mark',
  rate: '45 €/h',
  noticePeriod: '15 jours',
};

describe('the client agreement card', () => {
  const backupClients = BACKUP_STORES.find((store) => store.name === 'clients')!.schema;

  it('is optional: a client recorded before it, and a backup made then, still read', () => {
    expect(clientSchema.parse(before)).toEqual(before);
    expect(backupClients.parse(before)).toEqual(before);
  });

  it('is kept on the client and in backups, and an unknown term is refused', () => {
    expect(clientSchema.parse({ ...before, agreement })).toEqual({ ...before, agreement });
    expect(backupClients.parse({ ...before, agreement })).toEqual({ ...before, agreement });
    expect(clientSchema.safeParse({ ...before, agreement: { ...agreement, weekHours: 10 } }).success).toBe(false);
    expect(clientSchema.safeParse({ ...before, agreement: { formality: 'toi' } }).success).toBe(false);
  });

  it('survives a merge, the kept client’s first', () => {
    const other = { ...before, id: 'c2', addresses: ['ops@northwind-creative.com'] };
    expect(mergeClients(before, { ...other, agreement }, 5).agreement).toEqual(agreement);
    expect(mergeClients({ ...before, agreement: { rate: '50 €/h' } }, { ...other, agreement }, 5).agreement).toEqual({
      rate: '50 €/h',
    });
    expect('agreement' in mergeClients(before, other, 5)).toBe(false);
  });

  it('takes its weekly hours cap from the Hours limit, one value written in one place', () => {
    const set = withClientLimit(defaultHoursSettings, 'c1', { weekHours: 10 });
    expect(set.byClient).toEqual({ c1: { weekHours: 10, monthHours: null } });
    expect(withClientLimit(set, 'c1', { weekHours: null }).byClient).toEqual({});
  });
});
