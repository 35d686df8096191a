import { useEffect, useRef, useState } from 'react';
import { onDataChanged, type StoreName } from '@/lib/data-changes';
import { ownTabId } from '@/lib/sidebar/own-tab';

/**
 * Calls `reload` when one of `stores` changes in another view or tab; the view that made the
 * change has its result already and is not sent a round trip, unless `ownChanges` asks for it
 * (a view that shows what other components of its page edit).
 */
export function useDataChange(
  stores: StoreName | readonly StoreName[],
  reload: () => void,
  { ownChanges = false }: { ownChanges?: boolean } = {},
): void {
  const [ownTab, setOwnTab] = useState<number>();
  // Unknown (the background was restarting), every change reloads: one reload too many at worst.
  useEffect(() => {
    if (!ownChanges) void ownTabId().then(setOwnTab, () => undefined);
  }, [ownChanges]);
  const latest = useRef(reload);
  latest.current = reload;
  const key = ([] as StoreName[]).concat(stores).join(' ');
  useEffect(() => {
    const watched = key.split(' ');
    return onDataChanged((change) => {
      if (!change.stores.some((store) => watched.includes(store))) return;
      if (ownTab === undefined || change.originTabId !== ownTab) latest.current();
    });
  }, [key, ownTab]);
}
