import { useEffect, useRef } from 'react';
import { format } from 'date-fns';
import { sendMessage } from '@/lib/messaging';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { isWorkingDay } from '@/lib/work-week/working-day';

/**
 * On the first Gmail or Calendar visit of a working day, with tasks still open, asks the
 * background for the day's morning sort; the one view that gets it opens Today on it.
 */
export function MorningCheck({ onMorning }: { onMorning(): void }) {
  const settings = useSettingsContext()?.settings;
  const asked = useRef(false);
  useEffect(() => {
    if (!settings || asked.current) return;
    asked.current = true;
    const now = new Date();
    if (!isWorkingDay(now, { workDays: settings.workDays, daysOff: settings.daysOff })) return;
    void (async () => {
      const tasks = await sendMessage('listTasks', undefined);
      if (!tasks.some((task) => !task.done)) return;
      if (await sendMessage('claimMorningSort', { day: format(now, 'yyyy-MM-dd') })) onMorning();
    })().catch(() => undefined);
  }, [settings, onMorning]);
  return null;
}
