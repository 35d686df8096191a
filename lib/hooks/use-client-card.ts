import { useCallback, useEffect, useState } from 'react';
import type { ClientCard } from '@/lib/clients/card';
import { useDataChange } from './use-data-change';
import { sendMessage } from '@/lib/messaging';

export interface ClientCardState {
  /** Undefined while loading; null when the person is no known client. */
  card?: ClientCard | null;
  error?: string;
  setCard(card: ClientCard | null): void;
}

/** The card of whoever `email` belongs to, kept fresh when another tab or the options page changes it. */
export function useClientCard(email: string | undefined): ClientCardState {
  const [card, setCard] = useState<ClientCard | null>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    if (!email) return setCard(null);
    try {
      setCard(await sendMessage('getClientCard', { email }));
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [email]);

  useEffect(() => {
    setCard(undefined);
    void load();
  }, [load]);
  useDataChange('clients', () => void load());

  return { card, error, setCard };
}
