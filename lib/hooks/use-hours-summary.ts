import { useCallback, useEffect, useState } from 'react';
import { sendMessage, type HoursSummary } from '@/lib/messaging';
import { useDataChange } from './use-data-change';

/** How often the week's figures follow a running timer. */
const RUNNING_REFRESH_MS = 60_000;

/**
 * This week's hours and limits, from the background: read again when entries or settings
 * (limits, working hours) change anywhere, and each minute while a timer runs.
 */
export function useHoursSummary(timerRunning: boolean): { summary?: HoursSummary; error?: string } {
  const [summary, setSummary] = useState<HoursSummary>();
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    try {
      setSummary(await sendMessage('getHoursSummary', undefined));
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);
  // Also on start and stop: the timer's own change comes through its state, not the event.
  useEffect(() => {
    void reload();
    if (!timerRunning) return;
    const timer = setInterval(() => void reload(), RUNNING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload, timerRunning]);
  useDataChange('timeEntries', () => void reload());
  useDataChange('settings', () => void reload());
  return { summary, error };
}
