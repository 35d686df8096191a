import { describe, expect, it } from 'vitest';
import { calendarReserveUrl, parseCalendarRoute } from '@/lib/calendar/routes';

describe('parseCalendarRoute', () => {
  it.each([
    ['https://calendar.google.com/calendar/u/0/r/week/2026/11/25', { view: 'week', date: new Date(2026, 10, 25) }],
    ['https://calendar.google.com/calendar/u/1/r/day/2026/1/5', { view: 'day', date: new Date(2026, 0, 5) }],
    [
      'https://calendar.google.com/calendar/r/customday/2026/12/31',
      { view: 'customday', date: new Date(2026, 11, 31) },
    ],
    ['https://calendar.google.com/calendar/u/0/r/month', { view: 'month' }],
    ['https://calendar.google.com/calendar/u/0/r', {}],
    ['https://calendar.google.com/calendar/u/0/r/eventedit/abc', {}],
    ['https://calendar.google.com/calendar/u/0/r/week/2026/2/30', { view: 'week' }],
  ])('reads %s', (url, route) => {
    expect(parseCalendarRoute(url)).toEqual(route);
  });
});

describe('calendarReserveUrl', () => {
  it("opens Calendar's new-event editor in the given account, prefilled with local times", () => {
    const start = new Date(2026, 11, 1, 14, 30).getTime();
    const url = new URL(calendarReserveUrl('/calendar/u/1/', 'Buffer', 'Kept free', start, start + 45 * 60_000));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/u/1/r/eventedit');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      text: 'Buffer',
      dates: '20261201T143000/20261201T151500',
      details: 'Kept free',
    });
  });
});
