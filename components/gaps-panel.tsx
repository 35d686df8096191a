import { useMemo } from 'react';
import { isSameDay, startOfDay } from 'date-fns';
import { t, uiLanguage } from '@/lib/i18n';
import { summarizePlans, type DayPlan } from '@/lib/gaps/find-gaps';
import { formatMinutes, formatPercent } from '@/lib/gaps/format';
import { useSettingsContext } from '@/lib/hooks/settings-context';
import { addDays } from 'date-fns';
import { fromWirePlan, type CalendarEventItem, type WirePlan } from '@/lib/page/protocol';
import { defaultSettings } from '@/lib/settings/settings';
import { isPlanFullyBooked } from '@/lib/gaps/free-slots';
import { useClients } from '@/lib/hooks/use-clients';
import { DayGaps } from './day-gaps';
import { GapsLegend } from './gaps-legend';

interface Props {
  /** The day plans the Calendar page computed and drew over its grid. */
  plans: WirePlan[];
  /** Calendar's account path, for the new-event links. */
  accountPath: string;
  /** The timed events on screen, listed under their day. */
  events: CalendarEventItem[];
}

/**
 * The days in the order a working day needs them: today first, then the days ahead; the days
 * already gone fold away. A week with no today in it (another week) keeps its own order.
 */
function orderDays(plans: DayPlan[], now: Date): { ahead: DayPlan[]; past: DayPlan[] } {
  if (!plans.some((plan) => isSameDay(plan.day, now))) return { ahead: plans, past: [] };
  const today = startOfDay(now).getTime();
  return {
    ahead: plans.filter((plan) => plan.day.getTime() >= today),
    past: plans.filter((plan) => plan.day.getTime() < today),
  };
}

/** The gaps of the days on screen, summed up (the page draws them over Calendar's grid). */
export function GapsPanel({ plans: wirePlans, accountPath, events }: Props) {
  const settings = useSettingsContext()?.settings ?? defaultSettings;
  const language = uiLanguage();
  const plans = useMemo(() => wirePlans.map(fromWirePlan), [wirePlans]);
  const clients = useClients();

  const week = summarizePlans(plans);
  if (plans.length === 0) return null;
  const { ahead, past } = orderDays(plans, new Date());
  const day = (plan: DayPlan) => (
    <DayGaps
      key={plan.day.getTime()}
      plan={plan}
      accountPath={accountPath}
      bufferMinutes={settings.gaps.minBufferMinutes}
      today={isSameDay(plan.day, new Date())}
      events={events.filter((e) => e.start >= plan.day.getTime() && e.start < addDays(plan.day, 1).getTime())}
      offer={clients && isPlanFullyBooked(plan) ? { clients, plans, accountPath } : undefined}
    />
  );
  return (
    <section aria-labelledby="leeway-gaps-heading" className="gaps">
      <h2 id="leeway-gaps-heading">{t('gapsHeading')}</h2>
      <GapsLegend settings={settings.gaps} language={language} />
      <p data-field="gaps-summary">
        {t('gapsSummary', [
          formatMinutes(week.bookedMinutes, language),
          formatMinutes(week.freeMinutes, language),
          formatPercent(week.load, language),
          formatPercent(1 - settings.gaps.targetFreeShare, language),
          String(week.daysWithoutBuffer),
        ])}
      </p>
      <ul className="days">{ahead.map(day)}</ul>
      {past.length > 0 && (
        <details className="past-days" data-field="past-days">
          <summary>{t('pastDays', String(past.length))}</summary>
          <ul className="days">{past.map(day)}</ul>
        </details>
      )}
    </section>
  );
}
