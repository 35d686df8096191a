import { addMonths, addWeeks } from 'date-fns';
import { useCallback, useEffect, useState } from 'react';
import { formatMinutes, formatPercent } from '@/lib/gaps/format';
import { useDataChange } from '@/lib/hooks/use-data-change';
import { hoursReport, type HoursReport } from '@/lib/hours/report';
import { monthRange, weekRange } from '@/lib/hours/totals';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/settings';
import { BarChart } from './bar-chart';
import { errorMessage } from '@/lib/error-message';

const LEVEL_KEY: Record<string, MessageKey> = {
  ok: 'reportLimitOk',
  near: 'reportLimitNear',
  passed: 'reportLimitPassed',
};
const hoursOf = (ms: number) => Math.round((ms / 3_600_000) * 10) / 10;

/** A week's or a month's hours per client: a table, a chart, the out-of-hours share, the limits. */
export function HoursReportView({ settings }: { settings: Settings }) {
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const [offset, setOffset] = useState(0);
  const [report, setReport] = useState<HoursReport & { names: Map<string, string>; label: string }>();
  const [error, setError] = useState<string>();
  const language = uiLanguage();

  const load = useCallback(async () => {
    const now = Date.now();
    const range = period === 'week' ? weekRange(addWeeks(now, offset)) : monthRange(addMonths(now, offset));
    try {
      const [entries, { ranking }] = await Promise.all([
        sendMessage('listTimeEntries', range),
        sendMessage('rankClients', undefined),
      ]);
      const working = { workDays: settings.workDays, daysOff: settings.daysOff, workHours: settings.gaps.workHours };
      const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
      setReport({
        ...hoursReport(entries, range, period, working, settings.hours, now),
        names: new Map(ranking.map(({ client }) => [client.id, client.name])),
        label: dates.formatRange(range.start, range.end - 1),
      });
      setError(undefined);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [period, offset, settings, language]);
  useEffect(() => void load(), [load]);
  useDataChange('timeEntries', () => void load());

  const name = (id: string) => (id === '' ? t('timerNoClient') : (report?.names.get(id) ?? id));
  return (
    <fieldset>
      <legend>{t('reportHeading')}</legend>
      <div className="row">
        <label>
          {t('reportPeriod')}
          <select
            value={period}
            onChange={(e) => {
              setPeriod(e.target.value as 'week' | 'month');
              setOffset(0);
            }}
          >
            <option value="week">{t('reportWeek')}</option>
            <option value="month">{t('reportMonth')}</option>
          </select>
        </label>
        <button type="button" onClick={() => setOffset(offset - 1)}>
          {t('reportPrevious')}
        </button>
        <button type="button" disabled={offset >= 0} onClick={() => setOffset(offset + 1)}>
          {t('reportNext')}
        </button>
        {report && <span data-field="report-range">{report.label}</span>}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {report && report.rows.length === 0 && <p className="muted">{t('reportEmpty')}</p>}
      {report && report.rows.length > 0 && (
        <>
          <p data-field="report-total">
            {t('reportTotal', [
              formatMinutes(report.totalMs / 60_000, language),
              formatPercent(report.outOfHoursShare, language),
            ])}
          </p>
          <table className="hours-report">
            <caption>{t('reportTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reportClient')}</th>
                <th scope="col">{t('reportHours')}</th>
                <th scope="col">{t('reportOutOfHours')}</th>
                <th scope="col">{t('reportLimit')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.clientId}>
                  <th scope="row">{name(row.clientId)}</th>
                  <td>{formatMinutes(row.ms / 60_000, language)}</td>
                  <td>{formatMinutes(row.outOfHoursMs / 60_000, language)}</td>
                  <td>
                    {row.limitHours === null
                      ? '—'
                      : t(LEVEL_KEY[row.level!]!, formatMinutes(row.limitHours * 60, language))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <BarChart
            label={t('reportChart')}
            labels={report.rows.map((row) => name(row.clientId))}
            series={[
              { name: t('reportInHours'), values: report.rows.map((row) => hoursOf(row.ms - row.outOfHoursMs)) },
              { name: t('reportOutOfHours'), values: report.rows.map((row) => hoursOf(row.outOfHoursMs)) },
            ]}
          />
        </>
      )}
    </fieldset>
  );
}
