import { useCallback, useEffect, useRef, useState } from 'react';
import { format } from 'date-fns';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { useBackgroundData } from '@/lib/hooks/use-background-data';
import { isWorkingDay, type WorkWeek } from '@/lib/work-week/working-day';

/**
 * On the first Gmail or Calendar visit of a working day, with tasks still open, asks the
 * background for the day's morning sort; the one view that gets it opens Today on it. A failure
 * (the disk full, the database blocked) is shown with what to do, as every view shows its own.
 */
export function MorningCheck({ onMorning }: { onMorning(): void }) {
  const settings = useSettingsContext()?.settings;
  // Asked once, with the working week known when the view opened.
  const [week, setWeek] = useState<WorkWeek>();
  useEffect(() => {
    if (settings && !week) setWeek({ workDays: settings.workDays, daysOff: settings.daysOff });
  }, [settings, week]);
  const claim = useCallback(async () => {
    const now = new Date();
    if (!week || !isWorkingDay(now, week)) return false;
    const tasks = await sendMessage('listTasks', undefined);
    if (!tasks.some((task) => !task.done)) return false;
    return sendMessage('claimMorningSort', { day: format(now, 'yyyy-MM-dd') });
  }, [week]);
  const { data: claimed, error } = useBackgroundData(claim, { stores: [] });
  const opened = useRef(false);
  useEffect(() => {
    if (!claimed || opened.current) return;
    opened.current = true;
    onMorning();
  }, [claimed, onMorning]);
  const [dismissed, setDismissed] = useState<string>();
  if (!error || error === dismissed) return null;
  return (
    <div role="alert" className="error" data-field="morning-error">
      <p>{t('morningSortError', error)}</p>
      <button type="button" onClick={() => setDismissed(error)}>
        {t('closeButton')}
      </button>
    </div>
  );
}
