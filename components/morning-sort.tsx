import { useCallback, useEffect, useState } from 'react';
import { useDataChange } from '@/lib/hooks/use-data-change';
import { format } from 'date-fns';
import { t, uiLanguage } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { formatMinutes } from '@/lib/gaps/format';
import type { KnownBuffers } from '@/lib/db/calendar-days-repo';
import type { Task } from '@/lib/tasks/task';

interface Props {
  tasks: Task[];
  onClose(): void;
}

/** The morning's look at the day: what is still open, the time booked and free, and whether it fits. */
export function MorningSort({ tasks, onClose }: Props) {
  const [day, setDay] = useState<KnownBuffers>();
  const language = uiLanguage();
  const load = useCallback(() => {
    const today = format(new Date(), 'yyyy-MM-dd');
    void sendMessage('getCalendarBuffers', { from: today, to: today }).then(setDay, () => undefined);
  }, []);
  useEffect(load, [load]);
  // Calendar read in this tab or another after the sort opened: its figures arrive.
  useDataChange('calendarDays', load);
  const open = tasks.filter((task) => !task.done);
  const needed = open.reduce((sum, task) => sum + task.estimateMinutes, 0);
  const time = (ms: number) => new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(ms);

  return (
    <section className="morning-sort" aria-labelledby="leeway-morning-heading" data-field="morning-sort">
      <h3 id="leeway-morning-heading">{t('morningHeading')}</h3>
      <p>{t('morningOpenTasks', String(open.length))}</p>
      {day &&
        (day.daysRead === 0 ? (
          <p className="muted">{t('morningNoCalendar')}</p>
        ) : (
          <>
            <p data-field="morning-day">
              {t('morningDay', [formatMinutes(day.bookedMinutes, language), formatMinutes(day.freeMinutes, language)])}
            </p>
            {day.buffers.length > 0 && (
              <ul>
                {day.buffers.map((buffer) => (
                  <li key={buffer.start}>
                    {time(buffer.start)}–{time(buffer.end)}
                  </li>
                ))}
              </ul>
            )}
            <p data-field="morning-fit" className={needed > day.freeMinutes ? 'error' : undefined}>
              {t(needed > day.freeMinutes ? 'morningTooMuch' : 'morningFits', [
                formatMinutes(needed, language),
                formatMinutes(day.freeMinutes, language),
              ])}
            </p>
          </>
        ))}
      <button type="button" onClick={onClose}>
        {t('morningDone')}
      </button>
    </section>
  );
}
