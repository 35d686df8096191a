import { t, uiLanguage } from '@/lib/i18n';
import { formatMinutes } from '@/lib/gaps/format';
import type { GiveWay } from '@/lib/tasks/give-way';
import { calendarReserveUrl } from '@/lib/calendar/routes';
import { PageLink } from './page-link';
import { formatDay } from './task-item';
import type { Unexpected } from './unexpected-form';

interface Props {
  unexpected: Unexpected;
  proposal: GiveWay;
  /** The Calendar account the buffers were read in. */
  calendarPath: string;
  onAccept(): void;
  onCancel(): void;
}

/** The buffers that absorb it and the tasks that move, each with its time, before anything changes. */
export function GiveWayProposal({ unexpected, proposal, calendarPath, onAccept, onCancel }: Props) {
  const language = uiLanguage();
  const time = (ms: number) => new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(ms);
  const day = (ms: number) =>
    new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
  let left = unexpected.minutes;

  return (
    <section className="give-way" aria-labelledby="leeway-give-way-heading">
      <h3 id="leeway-give-way-heading">{t('giveWayHeading', formatMinutes(unexpected.minutes, language))}</h3>
      {proposal.buffers.length > 0 && (
        <>
          <h4>{t('giveWayBuffers')}</h4>
          <ul className="reserve" data-field="give-way-buffers">
            {proposal.buffers.map((buffer) => {
              // Only the time it needs is reserved, from the start of the buffer.
              const end = Math.min(buffer.end, buffer.start + left * 60_000);
              left -= Math.round((end - buffer.start) / 60_000);
              return (
                <li key={buffer.start}>
                  {day(buffer.start)} · {time(buffer.start)}–{time(buffer.end)}{' '}
                  <PageLink
                    href={calendarReserveUrl(
                      calendarPath,
                      unexpected.title,
                      t('unexpectedEventDetails'),
                      buffer.start,
                      end,
                    )}
                  >
                    {t('reserveBuffer', [time(buffer.start), time(end)])}
                  </PageLink>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {proposal.moves.length > 0 && (
        <>
          <h4>{t('giveWayTasks')}</h4>
          <ul data-field="give-way-tasks">
            {proposal.moves.map(({ task, newDate, late }) => (
              <li key={task.id}>
                {t('giveWayMove', [task.title, formatMinutes(task.estimateMinutes, language), formatDay(newDate)])}
                {late && <span className="muted"> · {t('giveWayLate')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {proposal.shortMinutes > 0 && (
        <p className="error" data-field="give-way-short">
          {t('giveWayShort', formatMinutes(proposal.shortMinutes, language))}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onAccept}>
          {t(proposal.moves.length > 0 ? 'giveWayAcceptMoves' : 'giveWayAccept')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
      </div>
    </section>
  );
}
