import { t, uiLanguage } from '@/lib/i18n';
import type { DayPlan } from '@/lib/gaps/find-gaps';
import { formatMinutes, formatPercent } from '@/lib/gaps/format';
import { calendarReserveUrl } from '@/lib/calendar/routes';
import type { CalendarEventItem } from '@/lib/page/protocol';
import { DayEvents } from './day-events';
import { PageLink } from './page-link';

/** One day's figures, its warnings, and a link to reserve each buffer. */
export function DayGaps({
  plan,
  accountPath,
  events,
}: {
  plan: DayPlan;
  accountPath: string;
  events: CalendarEventItem[];
}) {
  const language = uiLanguage();
  const time = (ms: number) => new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(ms);
  const heading = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    plan.day,
  );
  const buffers = plan.gaps.filter((gap) => gap.kind === 'buffer');
  // A day off set in the settings says so; a weekday not worked (or with no hours) is not worked.
  const rest = plan.dayKind === 'day-off' ? t('dayOff') : plan.workMinutes === 0 ? t('dayNotWorked') : undefined;

  return (
    <li className="day-gaps" data-day={plan.day.toDateString()}>
      <strong>{heading}</strong>
      {rest ? (
        <span className="muted"> · {rest}</span>
      ) : (
        <>
          <p data-field="day-figures">
            {t('dayFigures', [
              formatMinutes(plan.bookedMinutes, language),
              formatMinutes(plan.freeMinutes, language),
              formatMinutes(plan.largestBufferMinutes, language),
              formatPercent(plan.load, language),
            ])}
          </p>
          {(plan.noBuffer || plan.overTarget || plan.backToBack.length > 0) && (
            <ul className="warnings">
              {plan.noBuffer && <li>{t('dayNoBuffer')}</li>}
              {plan.overTarget && <li>{t('dayOverTarget')}</li>}
              {plan.backToBack.map((stretch) => (
                <li key={stretch.start}>
                  {t('dayBackToBack', formatMinutes((stretch.end - stretch.start) / 60_000, language))}
                </li>
              ))}
            </ul>
          )}
          <ul className="reserve">
            {buffers.map((gap) => (
              <li key={gap.start}>
                <PageLink
                  href={calendarReserveUrl(
                    accountPath,
                    t('bufferEventTitle'),
                    t('bufferEventDetails'),
                    gap.start,
                    gap.end,
                  )}
                >
                  {t('reserveBuffer', [time(gap.start), time(gap.end)])}
                </PageLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <DayEvents events={events} />
    </li>
  );
}
