import { useCallback } from 'react';
import type { ClientCard } from '@/lib/clients/card';
import { sendMessage } from '@/lib/messaging';
import { useBackgroundData } from './use-background-data';

export interface ClientCardState {
  /** Undefined while loading; null when the person is no known client. */
  card?: ClientCard | null;
  error?: string;
  setCard(card: ClientCard | null): void;
}

/** The card of whoever `email` belongs to, kept fresh when another tab or the options page changes it. */
export function useClientCard(email: string | undefined): ClientCardState {
  const load = useCallback(async () => (email ? sendMessage('getClientCard', { email }) : null), [email]);
  const { data, error, set } = useBackgroundData(load, { stores: ['clients'] });
  return { card: data, error, setCard: set };
}
