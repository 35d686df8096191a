import type { ClientStatus } from './client';
import type { Client } from './client-schema';

const STATUS_RANK: Record<ClientStatus, number> = { active: 0, watch: 1, ended: 2 };

/** One client out of two: the kept one's name and id, every address and domain of both, the graver status. */
export function mergeClients(kept: Client, merged: Client, now: number): Client {
  return {
    ...kept,
    addresses: [...new Set([...kept.addresses, ...merged.addresses])],
    domains: [...new Set([...kept.domains, ...merged.domains])],
    status: STATUS_RANK[merged.status] > STATUS_RANK[kept.status] ? merged.status : kept.status,
    createdAt: Math.min(kept.createdAt, merged.createdAt),
    updatedAt: now,
  };
}
