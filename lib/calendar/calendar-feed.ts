import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReading, PageStore } from '@/lib/dom/watch-page';
import { planDay, type DayPlan } from '@/lib/gaps/find-gaps';
import type { FeedSource } from '@/lib/page/serve-page';
import { toWirePlan, type CalendarFeed } from '@/lib/page/protocol';
import type { SettingsStore } from '@/lib/settings/watch-settings';
import { drawGapOverlay, removeGapOverlay } from './gap-overlay';
import { readColumnEvents } from './read-events';
import { readDayColumns, type CalendarViewState } from './read-view';
import { calendarAccountPath, GAP_VIEWS } from './routes';
import type { ChipChanges } from './watch-chips';
import { dayReporter } from './report-days';

/**
 * The gaps of the days on screen: computed from the chips and the settings, drawn over
 * Calendar's grid, and published for the sidebar. Recomputed when Calendar repaints its days or
 * its chips, and when the settings change in any Leeway view (no reload).
 */
export function calendarFeed(
  ctx: ContentScriptContext,
  view: PageStore<CalendarViewState>,
  chips: ChipChanges,
  settings: SettingsStore,
): FeedSource {
  const listeners = new Set<() => void>();
  const feedOf = (reading: PageReading<CalendarViewState>, plans: DayPlan[]): CalendarFeed => ({
    host: 'calendar',
    status: reading.status,
    view: reading.value.view,
    days: reading.value.days.map((day) => day.getTime()),
    plans: plans.map(toWirePlan),
    accountPath: calendarAccountPath(location.pathname),
  });
  const report = dayReporter();
  // Until the settings are known, nothing is read yet.
  let feed = feedOf({ status: 'reading', value: { days: [] } }, []);

  function update() {
    const reading = view.getSnapshot();
    const { value } = reading;
    let plans: DayPlan[] = [];
    if (GAP_VIEWS.has(value.view) && value.days.length > 0) {
      const { workDays, gaps } = settings.get();
      const columns = readDayColumns(document, value.anchor);
      plans = columns.map(({ column, day }) => planDay(day, readColumnEvents(column, day), workDays, gaps));
      drawGapOverlay(document, columns, plans, gaps.colors);
    } else {
      removeGapOverlay(document);
    }
    feed = feedOf(reading, plans);
    report(plans, feed.accountPath);
    listeners.forEach((listener) => listener());
  }

  // Changes that arrive together (a repaint seen by both watchers, settings arriving) make one
  // reading; nothing is drawn before the user's settings are known.
  let ready = false;
  let scheduled = false;
  const schedule = () => {
    if (!ready || scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (ctx.isValid) update();
    });
  };
  const stops = [view.subscribe(schedule), chips.subscribe(schedule), settings.subscribe(schedule)];
  ctx.onInvalidated(() => {
    stops.forEach((stop) => stop());
    // An update or a reload of the extension leaves no overlay behind.
    removeGapOverlay(document);
  });
  void settings.ready.then(() => {
    ready = true;
    schedule();
  });

  return {
    get: () => feed,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
