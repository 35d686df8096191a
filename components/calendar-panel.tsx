import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { GAP_VIEWS, type CalendarViewName } from '@/lib/calendar/routes';
import { quoteSelectors } from '@/lib/page/selector-miss';
import type { CalendarFeed } from '@/lib/page/protocol';
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

function formatDays(days: number[]): string {
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

/** What the sidebar shows in Calendar: the view, the days on screen and their gaps. */
export function CalendarPanel({ feed }: { feed: CalendarFeed }) {
  const { days, status, view, unreadable } = feed;
  const gapsShown = GAP_VIEWS.has(view) && days.length > 0 && !unreadable;

  return (
    <section aria-labelledby="leeway-calendar-heading">
      <h2 id="leeway-calendar-heading">{t('calendarHeading')}</h2>
      <dl className="facts">
        <dt>{t('calendarViewLabel')}</dt>
        <dd data-field="view">{t(view ? VIEW_LABELS[view] : 'viewOther')}</dd>
        {days.length > 0 && (
          <>
            <dt>{t('calendarDatesLabel')}</dt>
            <dd data-field="dates">{formatDays(days)}</dd>
          </>
        )}
      </dl>
      {unreadable ? (
        <p className="error" role="alert">
          {t(days.length === 0 ? 'calendarUnreadable' : 'calendarEventsUnreadable', quoteSelectors(unreadable))}
        </p>
      ) : status === 'reading' && days.length === 0 ? (
        <p className="muted">{t('calendarReading')}</p>
      ) : (
        !gapsShown && <p className="muted">{t('gapsMonthNotice')}</p>
      )}
      {gapsShown && <GapsPanel plans={feed.plans} accountPath={feed.accountPath} />}
    </section>
  );
}
