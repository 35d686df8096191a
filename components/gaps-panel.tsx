import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import { drawGapOverlay } from '@/lib/calendar/gap-overlay';
import { readColumnEvents } from '@/lib/calendar/read-events';
import { readDayColumns } from '@/lib/calendar/read-view';
import type { ChipChanges } from '@/lib/calendar/watch-chips';
import { planDay, summarizePlans } from '@/lib/gaps/find-gaps';
import { formatMinutes, formatPercent } from '@/lib/gaps/format';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { defaultSettings } from '@/lib/settings/settings';
import { DayGaps } from './day-gaps';

interface Props {
  /** The day the URL names, to pick the columns on screen. */
  anchor?: Date;
  /** Changes with every repaint of the days on screen (navigation, settling). */
  reading: unknown;
  chips: ChipChanges;
}

/** The gaps of the days on screen: drawn over Calendar's grid, and summed up here. */
export function GapsPanel({ anchor, reading, chips }: Props) {
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  const chipVersion = useSyncExternalStore(chips.subscribe, chips.getSnapshot);
  const language = uiLanguage();

  const { columns, plans } = useMemo(() => {
    const columns = readDayColumns(document, anchor);
    const plans = columns.map(({ column, day }) =>
      planDay(day, readColumnEvents(column, day), settings.workDays, settings.gaps),
    );
    return { columns, plans };
    // Re-read when the page repaints its days or its chips, or when the settings change.
  }, [anchor, reading, chipVersion, settings]);

  useEffect(() => {
    drawGapOverlay(document, columns, plans, settings.gaps.colors);
  }, [columns, plans, settings.gaps.colors]);

  const week = summarizePlans(plans);
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="leeway-gaps-heading" className="gaps">
      <h2 id="leeway-gaps-heading">{t('gapsHeading')}</h2>
      <p data-field="gaps-summary">
        {t('gapsSummary', [
          formatMinutes(week.bookedMinutes, language),
          formatMinutes(week.freeMinutes, language),
          formatPercent(week.load, language),
          formatPercent(1 - settings.gaps.targetFreeShare, language),
          String(week.daysWithoutBuffer),
        ])}
      </p>
      <ul className="days">
        {plans.map((plan) => (
          <DayGaps key={plan.day.getTime()} plan={plan} />
        ))}
      </ul>
    </section>
  );
}
