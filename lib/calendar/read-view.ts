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

/**
 * The days on screen. During week navigation the old and the new columns are both in the DOM
 * for a moment (calendar-plus): when the URL names a day, only the run of consecutive columns
 * that holds it counts.
 */
function readDays(doc: Document, anchor: Date | undefined): Date[] {
  const columns = querySelectorAllOf(doc, s.dayColumn)
    .map((column) => decodeDatekey(Number(column.getAttribute('data-datekey'))))
    .filter((date): date is Date => !!date);
  const unique = columns.filter((date, i) => columns.findIndex((d) => isSameDay(d, date)) === i);
  if (!anchor) return unique;
  const at = unique.findIndex((date) => isSameDay(date, anchor));
  if (at === -1) return [];
  // Columns are rendered in order; the run ends where the DOM jumps back to the other week.
  let start = at;
  while (start > 0 && unique[start - 1]! < unique[start]!) start--;
  let end = at;
  while (end < unique.length - 1 && unique[end + 1]! > unique[end]!) end++;
  return unique.slice(start, end + 1);
}

export function readCalendarView(doc: Document, url: string): CalendarViewState {
  const route = parseCalendarRoute(url);
  const view = route.view ?? VIEW_KEYS[doc.body.dataset.viewkey ?? ''];
  return { view, days: readDays(doc, route.date), anchor: route.date };
}

/** Day-column views have painted the columns of the day the URL names. */
export function isCalendarViewSettled(state: CalendarViewState): boolean {
  if (state.view !== 'day' && state.view !== 'week' && state.view !== 'customday') return true;
  return state.days.length > 0;
}
