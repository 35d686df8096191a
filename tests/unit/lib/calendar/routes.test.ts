import { describe, expect, it } from 'vitest';
import { parseCalendarRoute } from '@/lib/calendar/routes';

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
