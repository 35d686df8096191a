import { useCallback, useEffect, useState } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { onDataChanged } from '@/lib/data-changes';
import { formatMinutes, formatPercent } from '@/lib/gaps/format';
import type { KnownBuffers } from '@/lib/db/calendar-days-repo';
import {
  freeShare,
  incidentCauses,
  reviewWeek,
  warningSignsOf,
  weeklyReview,
  type ClientSigns,
  type WeeklyReview,
} from '@/lib/review/weekly-review';
import { signLabelKey } from '@/lib/clients/labels';
import { buckets } from '@/lib/tasks/task';
import { bucketLabelKey } from '../task-labels';
import { BarChart } from './bar-chart';
import { errorMessage } from '@/lib/error-message';

const CAUSE_LABELS = {
  overloaded: 'incidentOverloaded',
  couldAnticipate: 'incidentCouldAnticipate',
  infoTooLate: 'incidentInfoTooLate',
} as const;

interface Loaded {
  review: WeeklyReview;
  signs: ClientSigns[];
  days: KnownBuffers;
  names: Map<string, string>;
}

/** The week at a glance: tasks done and moved, incidents and their causes, time kept free. */
export function WeeklyReviewSection({ targetFreeShare }: { targetFreeShare: number }) {
  const [offset, setOffset] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const language = uiLanguage();
  const week = reviewWeek(new Date(), offset);

  const load = useCallback(async () => {
    try {
      const [tasks, incidents, { ranking }, days, flags] = await Promise.all([
        sendMessage('listTasks', undefined),
        sendMessage('listIncidents', undefined),
        sendMessage('rankClients', undefined),
        sendMessage('getCalendarBuffers', { from: week.from, to: week.to }),
        sendMessage('listFlagsBetween', { start: week.start, end: week.end }),
      ]);
      setLoaded({
        review: weeklyReview(week, tasks, incidents),
        signs: warningSignsOf(flags),
        days,
        names: new Map(ranking.map(({ client }) => [client.id, client.name])),
      });
      setError(undefined);
    } catch (err) {
      setError(errorMessage(err));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `week` is rebuilt at each render; its first day names it.
  }, [week.from]);
  useEffect(() => void load(), [load]);
  // Every change counts, this page's own too: the tasks edited above it are another component's.
  useEffect(
    () =>
      onDataChanged(({ stores }) => {
        if (stores.includes('tasks') || stores.includes('incidents') || stores.includes('clients')) void load();
      }),
    [load],
  );

  const range = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' }).formatRange(
    week.start,
    week.end - 1,
  );
  const bucketNames = buckets.map((bucket) => t(bucketLabelKey[bucket]));
  const causeNames = incidentCauses.map((cause) => t(CAUSE_LABELS[cause]));

  return (
    <div className="weekly-review">
      <div className="actions">
        <button type="button" onClick={() => setOffset(offset - 1)}>
          {t('reviewPreviousWeek')}
        </button>
        <strong data-field="review-week">{range}</strong>
        <button type="button" onClick={() => setOffset(offset + 1)} disabled={offset >= 0}>
          {t('reviewNextWeek')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {loaded && (
        <>
          <h3>{t('reviewTasksHeading')}</h3>
          <BarChart
            label={t('reviewTasksHeading')}
            labels={bucketNames}
            series={[
              { name: t('reviewDone'), values: buckets.map((b) => loaded.review.done[b]) },
              { name: t('reviewMoved'), values: buckets.map((b) => loaded.review.moved[b]) },
            ]}
          />
          <table data-field="review-tasks">
            <thead>
              <tr>
                <th />
                <th scope="col">{t('reviewDone')}</th>
                <th scope="col">{t('reviewMoved')}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket, i) => (
                <tr key={bucket}>
                  <th scope="row">{bucketNames[i]}</th>
                  <td>{loaded.review.done[bucket]}</td>
                  <td>{loaded.review.moved[bucket]}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{t('reviewIncidentsHeading')}</h3>
          <p data-field="review-incidents">
            {t('reviewIncidents', [
              String(loaded.review.incidents),
              formatMinutes(loaded.review.minutesLost, language),
            ])}
          </p>
          {loaded.review.incidents > 0 && (
            <>
              <BarChart
                label={t('reviewIncidentsHeading')}
                labels={causeNames}
                series={[
                  { name: t('reviewIncidentsHeading'), values: incidentCauses.map((c) => loaded.review.byCause[c]) },
                ]}
              />
              <ul data-field="review-causes">
                {incidentCauses.map((cause, i) => (
                  <li key={cause}>
                    {causeNames[i]}: {loaded.review.byCause[cause]}
                  </li>
                ))}
              </ul>
              <ul data-field="review-clients">
                {loaded.review.byClient.map(({ clientId, count }) => (
                  <li key={clientId}>
                    {(clientId && loaded.names.get(clientId)) || t('taskNoClient')}: {count}
                  </li>
                ))}
              </ul>
            </>
          )}

          <h3>{t('reviewSignsHeading')}</h3>
          {loaded.signs.length === 0 ? (
            <p className="muted">{t('reviewNoSigns')}</p>
          ) : (
            <ul data-field="review-signs">
              {loaded.signs.map(({ clientId, signs }) => (
                <li key={clientId}>
                  <strong>{loaded.names.get(clientId) ?? t('taskNoClient')}</strong>:{' '}
                  {signs.map(({ sign, count }) => `${t(signLabelKey(sign))} (${count})`).join(', ')}
                </li>
              ))}
            </ul>
          )}

          <h3>{t('reviewFreeHeading')}</h3>
          <p data-field="review-free">
            {loaded.days.daysRead === 0
              ? t('reviewFreeUnknown')
              : t('reviewFree', [
                  formatPercent(freeShare(loaded.days), language),
                  formatPercent(targetFreeShare, language),
                  String(loaded.days.daysRead),
                ])}
          </p>
        </>
      )}
    </div>
  );
}
