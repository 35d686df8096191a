import { createContext, useCallback, useContext } from 'react';
import type { EntryDetails } from '@/lib/hours/time-entry-schema';
import { sendMessage, type RunningTimer } from '@/lib/messaging';
import type { CalendarEventItem } from '@/lib/page/protocol';
import { useBackgroundData } from './use-background-data';

const getTimer = () => sendMessage('getTimer', undefined);

export interface TimerState {
  /** undefined until the background answers; null when no timer runs. */
  timer?: RunningTimer | null;
  error?: string;
  /** Each action resolves true once done, false when refused (the error says why). */
  start(details: EntryDetails): Promise<boolean>;
  /** From a Calendar event: its title, its client, its time (the background decides). */
  startFromEvent(event: CalendarEventItem): Promise<boolean>;
  stop(): Promise<boolean>;
  /** Answers the idle gap on offer: discarded (taken out of the timer) or kept. */
  settleIdleGap(discard: boolean): Promise<boolean>;
  /** Answers the break reminder: snoozed for 15 minutes, or dismissed. */
  answerBreak(snooze: boolean): Promise<boolean>;
}

/**
 * The running timer as the background stores it: read on mount, after each change made here,
 * and when another view or tab starts or stops one. Nothing is counted in this page: the elapsed
 * time is always now minus the stored start.
 */
export function useTimer(): TimerState {
  const { data, error, reload, fail } = useBackgroundData(getTimer, { stores: ['timeEntries'] });
  const run = useCallback(
    async (change: () => Promise<unknown>): Promise<boolean> => {
      try {
        await change();
      } catch (err) {
        fail(err);
        return false;
      }
      await reload();
      return true;
    },
    [reload, fail],
  );
  const start = useCallback((details: EntryDetails) => run(() => sendMessage('startTimer', { details })), [run]);
  const startFromEvent = useCallback(
    (event: CalendarEventItem) => run(() => sendMessage('startTimerFromEvent', { event })),
    [run],
  );
  const stop = useCallback(() => run(() => sendMessage('stopTimer', undefined)), [run]);
  const entryId = data?.entry.id;
  const settleIdleGap = useCallback(
    (discard: boolean) =>
      entryId === undefined ? Promise.resolve(false) : run(() => sendMessage('settleIdleGap', { entryId, discard })),
    [run, entryId],
  );
  const answerBreak = useCallback((snooze: boolean) => run(() => sendMessage('answerBreak', { snooze })), [run]);
  return { timer: data, error, start, startFromEvent, stop, settleIdleGap, answerBreak };
}

/** The one timer state of a sidebar, shared by its bar and the buttons that start a timer. */
export const TimerContext = createContext<TimerState | undefined>(undefined);
export const useTimerContext = () => useContext(TimerContext);
