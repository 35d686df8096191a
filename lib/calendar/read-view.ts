import { isSameDay } from 'date-fns';
import { querySelectorAllOf } from '@/lib/dom/selectors';
import { decodeDatekey } from './datekey';
import { parseCalendarRoute, type CalendarViewName } from './routes';
import { calendarSelectors as s } from './selectors';

export interface CalendarViewState {
  view?: CalendarViewName;
  /** The days whose columns are on screen, in order; empty where the view has no day columns. */
  days: Date[];
  /** The day the URL names, when it names one: the columns on screen must include it. */
  anchor?: Date;
}

// body[data-viewkey] follows the URL a moment later (calendar-plus); the URL is read first.
const VIEW_KEYS: Record<string, CalendarViewName> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
  AGENDA: 'agenda',
  CUSTOM_DAYS: 'customday',
  CUSTOM_WEEK: 'customweek',
};

export interface DayColumn {
  column: HTMLElement;
  day: Date;
}

/**
 * The day columns on screen. During week navigation the old and the new columns are both in
 * the DOM for a moment (calendar-plus); each set numbers its columns from 0, so the sets are
 * told apart by `data-column-index` starting over, and the set that holds the URL's day is the
 * one shown (the last set when the URL names no day).
 */
export function readDayColumns(doc: Document, anchor: Date | undefined): DayColumn[] {
  const sets: DayColumn[][] = [];
  let previousIndex = Infinity;
  for (const column of querySelectorAllOf(doc, s.dayColumn)) {
    const index = Number(column.getAttribute('data-column-index'));
    const day = decodeDatekey(Number(column.getAttribute('data-datekey')));
    if (!day || !(column instanceof HTMLElement)) continue;
    if (!(index > previousIndex)) sets.push([]);
    sets.at(-1)!.push({ column, day });
    previousIndex = index;
  }
  if (!anchor) return sets.at(-1) ?? [];
  return sets.find((set) => set.some(({ day }) => isSameDay(day, anchor))) ?? [];
}

export function readCalendarView(doc: Document, url: string): CalendarViewState {
  const route = parseCalendarRoute(url);
  const view = route.view ?? VIEW_KEYS[doc.body.dataset.viewkey ?? ''];
  return { view, days: readDayColumns(doc, route.date).map(({ day }) => day), anchor: route.date };
}

/** Day-column views have painted the columns of the day the URL names. */
export function isCalendarViewSettled(state: CalendarViewState): boolean {
  if (state.view !== 'day' && state.view !== 'week' && state.view !== 'customday') return true;
  return state.days.length > 0;
}
