import { t, uiLanguage } from '@/lib/i18n';
import type { DayPlan } from '@/lib/gaps/find-gaps';
import { formatMinutes, formatPercent } from '@/lib/gaps/format';
import { reservedSlot } from '@/lib/gaps/reserve';
import { calendarReserveUrl } from '@/lib/calendar/routes';
import type { CalendarEventItem } from '@/lib/page/protocol';
import { DayEvents, type SlotOffer } from './day-events';
import { PageLink } from './page-link';

/** One day's figures, its warnings, its events to track, and a link to reserve a buffer in each gap long enough. */
interface Props {
  plan: DayPlan;
  accountPath: string;
  /** How long a buffer "Reserve" books, at the start of the gap (the settings' buffer length). */
  bufferMinutes: number;
  today?: boolean;
  events: CalendarEventItem[];
  /** Given when the day is fully booked: its client events offer another slot. */
  offer?: SlotOffer;
}

export function DayGaps({ plan, accountPath, bufferMinutes, today, events, offer }: Props) {
  const language = uiLanguage();
  const time = (ms: number) => new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(ms);
  const heading = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    plan.day,
  );
  const buffers = plan.gaps.filter((gap) => gap.kind === 'buffer');
  // A day off set in the settings says so; a weekday not worked (or with no hours) is not worked.
  const rest = plan.dayKind === 'day-off' ? t('dayOff') : plan.workMinutes === 0 ? t('dayNotWorked') : undefined;

  return (
    <li className={today ? 'day-gaps today' : 'day-gaps'} data-day={plan.day.toDateString()}>
      <strong>{today ? t('todayDay', heading) : heading}</strong>
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
            {buffers
              .map((gap) => reservedSlot(gap, bufferMinutes))
              .map((slot) => (
                <li key={slot.start}>
                  <PageLink
                    href={calendarReserveUrl(
                      accountPath,
                      t('bufferEventTitle'),
                      t('bufferEventDetails'),
                      slot.start,
                      slot.end,
                    )}
                  >
                    {t('reserveBuffer', [time(slot.start), time(slot.end)])}
                  </PageLink>
                </li>
              ))}
          </ul>
        </>
      )}
      <DayEvents events={events} offer={offer} />
    </li>
  );
}
