import { useMemo } from 'react';
import { t, uiLanguage } from '@/lib/i18n';
import { summarizePlans } from '@/lib/gaps/find-gaps';
import { formatMinutes, formatPercent } from '@/lib/gaps/format';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { addDays } from 'date-fns';
import { fromWirePlan, type CalendarEventItem, type WirePlan } from '@/lib/page/protocol';
import { defaultSettings } from '@/lib/settings/settings';
import { DayGaps } from './day-gaps';

interface Props {
  /** The day plans the Calendar page computed and drew over its grid. */
  plans: WirePlan[];
  /** Calendar's account path, for the new-event links. */
  accountPath: string;
  /** The timed events on screen, listed under their day. */
  events: CalendarEventItem[];
}

/** The gaps of the days on screen, summed up (the page draws them over Calendar's grid). */
export function GapsPanel({ plans: wirePlans, accountPath, events }: Props) {
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  const language = uiLanguage();
  const plans = useMemo(() => wirePlans.map(fromWirePlan), [wirePlans]);

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
          <DayGaps
            key={plan.day.getTime()}
            plan={plan}
            accountPath={accountPath}
            events={events.filter((e) => e.start >= plan.day.getTime() && e.start < addDays(plan.day, 1).getTime())}
          />
        ))}
      </ul>
    </section>
  );
}
