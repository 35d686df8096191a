import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataChange, StoreName } from '@/lib/data-changes';
import { errorMessage } from '@/lib/error-message';
import { onDataChanged } from '@/lib/data-changes';
import { useDataChange } from './use-data-change';

/**
 * The waits before each new try of a failed read. A background that was asleep (Chrome stops an
 * idle service worker, Firefox an idle event page) can fail the first message while it starts;
 * it answers within a second or two. A read that still fails after the last one shows its error.
 */
export const RETRY_DELAYS_MS = [200, 400, 800, 1600];

export interface BackgroundData<T> {
  /** Undefined until the first answer. */
  data?: T;
  /** The background's words, once every try of a read failed, or a change made here failed. */
  error?: string;
  /** Reads again now (after a change made in this view); never throws. */
  reload(): Promise<void>;
  /** Shows a value this view already has (what a save answered); clears the error. */
  set(data: T | undefined): void;
  /** Shows why a change made in this view failed. */
  fail(err: unknown): void;
}

export interface BackgroundDataOptions<T> {
  /** The stores whose change, made in another view or tab, means a read again. */
  stores: readonly StoreName[];
  /** The value a change carries (settings travel with the event): shown at once, without a read. */
  fromChange?(change: DataChange): T | undefined;
  /** Also reads again on the changes this view's own tab made (another component's edits). */
  ownChanges?: boolean;
}

interface State<T> {
  /** The read the data and error belong to: a view that reads something else shows neither. */
  from?: () => Promise<T>;
  data?: T;
  error?: string;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one way a view shows data that lives in the background: read on mount and whenever `load`
 * changes (wrap it in useCallback with what it reads), read again when its stores change,
 * retried while the background wakes up, the error kept until a read or a save succeeds.
 */
export function useBackgroundData<T>(load: () => Promise<T>, options: BackgroundDataOptions<T>): BackgroundData<T> {
  const [state, setState] = useState<State<T>>({});
  // Each read takes a number; an answer to an older read (or after unmount) is dropped.
  const latestRead = useRef(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  const reload = useCallback(async () => {
    const read = ++latestRead.current;
    for (let attempt = 0; ; attempt++) {
      try {
        const data = await load();
        if (latestRead.current === read) setState({ from: load, data });
        return;
      } catch (err) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (latestRead.current !== read) return;
        if (delay === undefined) {
          setState((s) => ({ from: load, data: s.from === load ? s.data : undefined, error: errorMessage(err) }));
          return;
        }
        await wait(delay);
        if (latestRead.current !== read) return;
      }
    }
  }, [load]);

  useEffect(() => {
    void reload();
    return () => void latestRead.current++;
  }, [reload]);

  const set = useCallback((data: T | undefined) => {
    latestRead.current++;
    setState({ from: latestLoad.current, data });
  }, []);
  const fail = useCallback((err: unknown) => {
    const from = latestLoad.current;
    setState((s) => ({ from, data: s.from === from ? s.data : undefined, error: errorMessage(err) }));
  }, []);

  const latestReload = useRef(reload);
  latestReload.current = reload;
  useDataChange(options.stores, () => void latestReload.current(), { ownChanges: options.ownChanges });
  const fromChange = useRef(options.fromChange);
  fromChange.current = options.fromChange;
  useEffect(
    () =>
      onDataChanged((change) => {
        const data = fromChange.current?.(change);
        if (data !== undefined) set(data);
      }),
    [set],
  );

  const current = state.from === load ? state : {};
  return { data: current.data, error: current.error, reload, set, fail };
}
