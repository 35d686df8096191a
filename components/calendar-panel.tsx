import { useSyncExternalStore } from 'react';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { PageStore } from '@/lib/dom/watch-page';
import type { CalendarViewState } from '@/lib/calendar/read-view';
import type { CalendarViewName } from '@/lib/calendar/routes';
import type { ChipChanges } from '@/lib/calendar/watch-chips';
import { GapsPanel } from './gaps-panel';

const VIEW_LABELS: Record<CalendarViewName, MessageKey> = {
  day: 'viewDay',
  week: 'viewWeek',
  month: 'viewMonth',
  year: 'viewYear',
  agenda: 'viewSchedule',
  customday: 'viewCustomDays',
  customweek: 'viewCustomDays',
};

function formatDays(days: Date[]): string {
  const format = new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const first = days[0]!;
  const last = days.at(-1)!;
  return days.length === 1 ? format.format(first) : format.formatRange(first, last);
}

/** What the sidebar shows in Calendar: the view and the days on screen. */
const GAP_VIEWS = new Set<CalendarViewName | undefined>(['day', 'week', 'customday']);

export function CalendarPanel({ store, chips }: { store: PageStore<CalendarViewState>; chips: ChipChanges }) {
  const { value, status } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { days } = value;
  const gapsShown = GAP_VIEWS.has(value.view) && days.length > 0;

  return (
    <section aria-labelledby="leeway-calendar-heading">
      <h2 id="leeway-calendar-heading">{t('calendarHeading')}</h2>
      <dl className="facts">
        <dt>{t('calendarViewLabel')}</dt>
        <dd data-field="view">{t(value.view ? VIEW_LABELS[value.view] : 'viewOther')}</dd>
        {days.length > 0 && (
          <>
            <dt>{t('calendarDatesLabel')}</dt>
            <dd data-field="dates">{formatDays(days)}</dd>
          </>
        )}
      </dl>
      {status === 'gave-up' && days.length === 0 ? (
        <p className="error" role="alert">
          {t('calendarUnreadable')}
        </p>
      ) : status === 'reading' && days.length === 0 ? (
        <p className="muted">{t('calendarReading')}</p>
      ) : (
        !gapsShown && <p className="muted">{t('gapsMonthNotice')}</p>
      )}
      {gapsShown && <GapsPanel anchor={value.anchor} reading={value} chips={chips} />}
    </section>
  );
}
