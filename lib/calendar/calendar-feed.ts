import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createEmitter } from '@/lib/emitter';
import { SelectorError, selectorMiss } from '@/lib/dom/selectors';
import type { SelectorMiss } from '@/lib/page/selector-miss';
import type { PageReading, PageStore } from '@/lib/dom/watch-page';
import { planDay, type DayPlan } from '@/lib/gaps/find-gaps';
import type { FeedSource } from '@/lib/page/serve-page';
import { toWirePlan, type CalendarEventItem, type CalendarFeed } from '@/lib/page/protocol';
import type { SettingsStore } from '@/lib/settings/watch-settings';
import { drawGapOverlay, removeGapOverlay } from './gap-overlay';
import { readColumnEvents } from './read-events';
import { readDayColumns, type CalendarViewState } from './read-view';
import { calendarAccountPath, GAP_VIEWS } from './routes';
import { calendarSelectors as s } from './selectors';
import type { ChipChanges } from './watch-chips';
import type { KeptEvent } from '@/lib/gaps/day-events-schema';
import { dayReporter } from './report-days';
import { afterNextPaint } from '@/lib/dom/after-next-paint';

/** The day plans of the columns on screen, or the part of the page that could not be read. */
interface Planned {
  plans: DayPlan[];
  /** The timed events of those columns, for the sidebar's "Track time". */
  events?: CalendarEventItem[];
  /** Each plan's events, title and time only, kept by the background for "I'm out". */
  dayEvents?: KeptEvent[][];
  unreadable?: SelectorMiss;
}

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
): FeedSource & { firstReading: Promise<void> } {
  const changes = createEmitter();
  const feedOf = (reading: PageReading<CalendarViewState>, { plans, events, unreadable }: Planned): CalendarFeed => ({
    host: 'calendar',
    status: reading.status,
    view: reading.value.view,
    days: reading.value.days.map((day) => day.getTime()),
    plans: plans.map(toWirePlan),
    events: events ?? [],
    unreadable,
    accountPath: calendarAccountPath(location.pathname),
  });
  const report = dayReporter();
  // Until the settings are known, nothing is read yet.
  let feed = feedOf({ status: 'reading', value: { days: [] } }, { plans: [] });

  /** The plans of the columns on screen, drawn over them; none at all when a chip is unreadable. */
  function planColumns(anchor: Date | undefined): Planned {
    const { workDays, daysOff, gaps } = settings.get();
    const week = { workDays, daysOff };
    const columns = readDayColumns(document, anchor);
    try {
      const read = columns.map(({ column, day }) => readColumnEvents(column, day));
      const plans = columns.map(({ day }, i) => planDay(day, read[i]!, week, gaps));
      drawGapOverlay(document, columns, plans, gaps.colors);
      const events = read.flat().map(({ id, title, start, end }) => ({ id, title, start, end }));
      const dayEvents = read.map((day) => day.map(({ title, start, end }) => ({ title, start, end })));
      return { plans, events, dayEvents };
    } catch (error) {
      if (!(error instanceof SelectorError)) throw error;
      removeGapOverlay(document);
      return { plans: [], unreadable: error.miss };
    }
  }

  function update() {
    const reading = view.getSnapshot();
    const { value, status } = reading;
    let planned: Planned = { plans: [] };
    if (GAP_VIEWS.has(value.view) && value.days.length > 0) planned = planColumns(value.anchor);
    else removeGapOverlay(document);
    // A day-column view that never showed its columns: the day column selector is what failed.
    if (status === 'gave-up' && value.days.length === 0) planned.unreadable = selectorMiss(s.dayColumn);
    feed = feedOf(reading, planned);
    report(planned.plans, planned.dayEvents ?? [], feed.accountPath);
    changes.emit();
  }

  // Changes that arrive together (a repaint seen by both watchers, settings arriving) make one
  // reading; nothing is drawn before the user's settings are known.
  let ready = false;
  let scheduled = false;
  let firstReadingDone = () => {};
  // Resolves once the first reading has run, drawn or failed (a page Leeway cannot read).
  const firstReading = new Promise<void>((resolve) => (firstReadingDone = resolve));
  const schedule = () => {
    if (!ready || scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      try {
        if (ctx.isValid) update();
      } finally {
        firstReadingDone();
      }
    });
  };
  const stops = [view.subscribe(schedule), chips.subscribe(schedule), settings.subscribe(schedule)];
  ctx.onInvalidated(() => {
    stops.forEach((stop) => stop());
    // An update or a reload of the extension leaves no overlay behind.
    removeGapOverlay(document);
  });
  // The first reading needs the settings (working hours) and the page laid out (the columns'
  // height): after the first paint, so that Google's own rendering does the layout.
  void Promise.all([settings.ready, afterNextPaint(ctx)]).then(() => {
    ready = true;
    schedule();
  });

  return {
    get: () => feed,
    subscribe: changes.subscribe,
    firstReading,
  };
}
