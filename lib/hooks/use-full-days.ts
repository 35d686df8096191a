import { useCallback, useEffect, useState } from 'react';
import { addDays, format } from 'date-fns';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from './use-data-change';

// How far ahead a proposed deadline may look for a day with room in it.
const DAYS_AHEAD = 90;
const none: ReadonlySet<string> = new Set();

/**
 * The days ahead Calendar last showed fully booked (kept by the background as Calendar is read);
 * none while unknown or when the background cannot answer: dates are then counted as before.
 */
export function useFullDays(): ReadonlySet<string> {
  const [days, setDays] = useState(none);
  const load = useCallback(() => {
    const today = new Date();
    const range = { from: format(today, 'yyyy-MM-dd'), to: format(addDays(today, DAYS_AHEAD), 'yyyy-MM-dd') };
    sendMessage('getFullyBookedDays', range).then(
      (list) => setDays((current) => (sameDays(current, list) ? current : new Set(list))),
      () => undefined,
    );
  }, []);
  useEffect(load, [load]);
  useDataChange('calendarDays', load);
  return days;
}

const sameDays = (set: ReadonlySet<string>, list: string[]) =>
  set.size === list.length && list.every((day) => set.has(day));
