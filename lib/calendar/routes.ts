import { format } from 'date-fns';

export type CalendarViewName = 'day' | 'week' | 'month' | 'year' | 'agenda' | 'customday' | 'customweek';

export interface CalendarRoute {
  /** Undefined on a URL that does not name a view (Calendar then shows the user's default). */
  view?: CalendarViewName;
  /** The day the URL is anchored on, or undefined for "today". */
  date?: Date;
}

const VIEWS = new Set<string>(['day', 'week', 'month', 'year', 'agenda', 'customday', 'customweek']);

/** Reads `/calendar/u/0/r/week/2026/11/25` (and `/calendar/r/...` without an account). */
export function parseCalendarRoute(url: string | URL): CalendarRoute {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const r = segments.indexOf('r');
  if (r === -1) return {};
  const [view, year, month, day] = segments.slice(r + 1);
  if (!view || !VIEWS.has(view)) return {};
  const route: CalendarRoute = { view: view as CalendarViewName };
  const [y, m, d] = [year, month, day].map(Number);
  if (y && m && d) {
    const date = new Date(y, m - 1, d);
    if (date.getMonth() === m - 1 && date.getDate() === d) route.date = date;
  }
  return route;
}

export const CALENDAR_ORIGIN = 'https://calendar.google.com';
/** The first signed-in account's Calendar, where a link goes when no page said which account. */
export const FIRST_CALENDAR_ACCOUNT = '/calendar/u/0/';

/** The account part of a Calendar path (`/calendar/u/1/`), for links that stay in that account. */
export const calendarAccountPath = (pathname: string): string =>
  pathname.match(/^\/calendar\/(?:u\/\d+\/)?/)?.[0] ?? '/calendar/';

/** The views whose day columns get gaps. */
export const GAP_VIEWS: ReadonlySet<CalendarViewName | undefined> = new Set(['day', 'week', 'customday']);

/**
 * Calendar's own new-event editor, prefilled (its public URL scheme, no API): local times with
 * no zone, which Calendar reads in the user's time zone.
 */
export function calendarReserveUrl(
  accountPath: string,
  title: string,
  details: string,
  start: number,
  end: number,
): string {
  const stamp = (ms: number) => format(ms, "yyyyMMdd'T'HHmmss");
  const params = new URLSearchParams({ text: title, dates: `${stamp(start)}/${stamp(end)}`, details });
  return `${CALENDAR_ORIGIN}${accountPath}r/eventedit?${params}`;
}
