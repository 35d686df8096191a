import { useEffect, useRef } from 'react';
import { sendMessage, type HoursSummary } from '@/lib/messaging';
import { useBackgroundData } from './use-background-data';

/** How often the week's figures follow a running timer. */
const RUNNING_REFRESH_MS = 60_000;

const getHoursSummary = () => sendMessage('getHoursSummary', undefined);

/**
 * This week's hours and limits, from the background: read again when entries or settings
 * (limits, working hours) change anywhere, and each minute while a timer runs.
 */
export function useHoursSummary(timerRunning: boolean): { summary?: HoursSummary; error?: string } {
  const { data, error, reload } = useBackgroundData(getHoursSummary, { stores: ['timeEntries', 'settings'] });
  // Also on start and stop (not on mount: the first read is already under way): the timer's own
  // change comes through its state, not the event.
  const shown = useRef(timerRunning);
  useEffect(() => {
    if (shown.current !== timerRunning) void reload();
    shown.current = timerRunning;
    if (!timerRunning) return;
    const timer = setInterval(() => void reload(), RUNNING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload, timerRunning]);
  return { summary: data, error };
}
