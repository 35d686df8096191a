import { useEffect, useRef, useState } from 'react';
import { onDataChanged, type StoreName } from '@/lib/data-changes';
import { ownTabId } from '@/lib/sidebar/own-tab';

/**
 * Calls `reload` when `store` changes in another view or tab; the view that made the change
 * has its result already and is not sent a round trip.
 */
export function useDataChange(store: StoreName, reload: () => void): void {
  const [ownTab, setOwnTab] = useState<number>();
  // Unknown (the background was restarting), every change reloads: one reload too many at worst.
  useEffect(() => void ownTabId().then(setOwnTab, () => undefined), []);
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(
    () =>
      onDataChanged((change) => {
        if (change.stores.includes(store) && (ownTab === undefined || change.originTabId !== ownTab)) {
          latest.current();
        }
      }),
    [store, ownTab],
  );
}
