import { describe, expect, it } from 'vitest';
import type { Client } from '@/lib/clients/client-schema';
import { clientNamedIn } from '@/lib/clients/client-in-text';

const client = (id: string, name: string, addresses: string[] = [], status: Client['status'] = 'active'): Client => ({
  id,
  name,
  status,
  addresses,
  domains: [],
  createdAt: 0,
  updatedAt: 0,
});
const clients = [
  client('nw', 'Northwind'),
  client('nwc', 'Northwind Creative'),
  client('ann', 'Ann'),
  client('al', 'Atelier Lumière', ['contact@atelier-lumiere.fr']),
  client('old', 'Brightpath', [], 'ended'),
];

describe('the client an event title names', () => {
  it('is found by name whatever the case, the longest name winning', () => {
    expect(clientNamedIn('Client call – northwind', clients)?.id).toBe('nw');
    expect(clientNamedIn('Kick-off Northwind Creative', clients)?.id).toBe('nwc');
  });

  it('is found by an address, and with accents written the same way', () => {
    expect(clientNamedIn('Call contact@atelier-lumiere.fr', clients)?.id).toBe('al');
    expect(clientNamedIn('Point hebdo – ATELIER LUMIÈRE', clients)?.id).toBe('al');
  });

  it('needs the whole name: "Ann" is not in "Annual review"', () => {
    expect(clientNamedIn('Annual review', clients)).toBeUndefined();
    expect(clientNamedIn('Review with Ann', clients)?.id).toBe('ann');
  });

  it('leaves ended clients out', () => {
    expect(clientNamedIn('Weekly sync – Brightpath', clients)).toBeUndefined();
  });
});
