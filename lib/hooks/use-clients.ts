import { useMemo } from 'react';
import type { Client } from '@/lib/clients/client-schema';
import { sendMessage } from '@/lib/messaging';
import { useBackgroundData } from './use-background-data';

const rankClients = () => sendMessage('rankClients', undefined);

/** The client records, kept fresh when another view or tab changes one; undefined until read. */
export function useClients(): Client[] | undefined {
  const { data } = useBackgroundData(rankClients, { stores: ['clients'] });
  return useMemo(() => data?.ranking.map((entry) => entry.client), [data]);
}
