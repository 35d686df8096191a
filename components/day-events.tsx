import { useState } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import { useTimerContext } from '@/lib/hooks/use-timer';
import type { CalendarEventItem } from '@/lib/page/protocol';

/**
 * A day's timed events, each with "Track time": a timer with its title and client from its
 * start (an event over is added whole), and a word that it was done.
 */
export function DayEvents({ events }: { events: CalendarEventItem[] }) {
  const timer = useTimerContext();
  const [tracked, setTracked] = useState<ReadonlySet<string>>(new Set());
  if (!timer || events.length === 0) return null;
  const time = new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit' });
  const track = async (event: CalendarEventItem, key: string) => {
    if (await timer.startFromEvent(event)) setTracked((done) => new Set(done).add(key));
  };
  return (
    <ul className="day-events" aria-label={t('dayEventsLabel')}>
      {events.map((event) => {
        const title = event.title || t('eventNoTitle');
        const key = `${event.id}-${event.start}`;
        return (
          <li key={key}>
            <span>
              {time.formatRange(event.start, event.end)} · {title}
            </span>
            {tracked.has(key) ? (
              <span className="muted" role="status">
                {t('eventTracked')}
              </span>
            ) : (
              <button
                type="button"
                className="link-button"
                aria-label={t('trackEventLabel', title)}
                onClick={() => void track(event, key)}
              >
                {t('trackEvent')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
