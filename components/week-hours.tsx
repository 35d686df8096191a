import { formatMinutes } from '@/lib/gaps/format';
import { useHoursSummary } from '@/lib/hooks/use-hours-summary';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { HoursSummary } from '@/lib/messaging';

const WARNING_KEY: Record<string, MessageKey> = {
  'near-week': 'limitNearWeek',
  'near-month': 'limitNearMonth',
  'passed-week': 'limitPassedWeek',
  'passed-month': 'limitPassedMonth',
};

/** One limit near or passed, as a sentence: who, how much of how much, this week or month. */
function warningText(warning: HoursSummary['warnings'][number], language: string): string {
  const who = warning.clientId === null ? t('limitAllClients') : (warning.clientName ?? t('timerNoClient'));
  return t(WARNING_KEY[`${warning.level}-${warning.period}`]!, [
    who,
    formatMinutes(warning.usedMs / 60_000, language),
    formatMinutes(warning.limitHours * 60, language),
  ]);
}

/** The week so far under the timer: hours, how many out of hours, and limits near or passed. */
export function WeekHours({ timerRunning }: { timerRunning: boolean }) {
  const { summary, error } = useHoursSummary(timerRunning);
  const language = uiLanguage();
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!summary) return null;
  return (
    <div className="week-hours">
      <p>
        <span data-field="week-total">{t('weekTotal', formatMinutes(summary.totalMs / 60_000, language))}</span>
        {summary.outOfHoursMs > 0 && (
          <span data-field="week-out-of-hours">
            {' · '}
            {t('weekOutOfHours', formatMinutes(summary.outOfHoursMs / 60_000, language))}
          </span>
        )}
      </p>
      {summary.warnings.length > 0 && (
        <ul className="limit-warnings" aria-label={t('limitWarningsLabel')}>
          {summary.warnings.map((warning) => (
            <li key={`${warning.clientId}-${warning.period}`} className={`limit-${warning.level}`}>
              {warningText(warning, language)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
