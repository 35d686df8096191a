import { onMessage } from '@/lib/messaging';

export type SubscribeToClientChanges = (listener: () => void) => () => void;

/**
 * Listens, in a Gmail tab, for the background's word that clients or flags changed (in this
 * tab, another tab or the options page). One message listener per tab; components subscribe.
 */
export function listenForClientChanges(): SubscribeToClientChanges {
  const listeners = new Set<() => void>();
  onMessage('clientsChanged', () => listeners.forEach((listener) => listener()));
  return (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
}
