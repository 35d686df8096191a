import { createContext, useCallback, useContext } from 'react';
import type { EntryDetails } from '@/lib/hours/time-entry-schema';
import { sendMessage, type RunningTimer } from '@/lib/messaging';
import { useBackgroundData } from './use-background-data';

const getTimer = () => sendMessage('getTimer', undefined);

export interface TimerState {
  /** undefined until the background answers; null when no timer runs. */
  timer?: RunningTimer | null;
  error?: string;
  start(details: EntryDetails): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The running timer as the background stores it: read on mount, after each change made here,
 * and when another view or tab starts or stops one. Nothing is counted in this page: the elapsed
 * time is always now minus the stored start.
 */
export function useTimer(): TimerState {
  const { data, error, reload, fail } = useBackgroundData(getTimer, { stores: ['timeEntries'] });
  const run = useCallback(
    async (change: () => Promise<unknown>) => {
      try {
        await change();
      } catch (err) {
        fail(err);
        return;
      }
      await reload();
    },
    [reload, fail],
  );
  const start = useCallback((details: EntryDetails) => run(() => sendMessage('startTimer', { details })), [run]);
  const stop = useCallback(() => run(() => sendMessage('stopTimer', undefined)), [run]);
  return { timer: data, error, start, stop };
}

/** The one timer state of a sidebar, shared by its bar and the buttons that start a timer. */
export const TimerContext = createContext<TimerState | undefined>(undefined);
export const useTimerContext = () => useContext(TimerContext);
