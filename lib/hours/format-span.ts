import { isSameDay } from 'date-fns';

/**
 * A stretch of time as the user reads it: "2:05 – 2:47 PM" within a day; across midnight (a timer
 * left running overnight) the weekdays instead of full dates, "Mon 7:00 PM – Tue 8:30 AM",
 * "lun. 19:00 – mar. 08:30", where Intl's own range would print both dates with the year.
 */
export function formatSpan(start: number, end: number, language: string): string {
  if (isSameDay(start, end)) return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).formatRange(start, end);
  const moment = new Intl.DateTimeFormat(language, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  return `${moment.format(start)}\u2009–\u2009${moment.format(end)}`;
}
