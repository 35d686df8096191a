import { describe, expect, it } from 'vitest';
import { encodeDatekey } from '@/lib/calendar/datekey';
import { isCalendarViewSettled, readCalendarView } from '@/lib/calendar/read-view';
import { loadFixture } from '../../load-fixture';

const WEEK_URL = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/25';
const days = (first: Date, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(first.getFullYear(), first.getMonth(), first.getDate() + i));

function addColumns(doc: Document, dates: Date[]) {
  const body = doc.querySelector('[data-fixture-columns]')!;
  dates.forEach((date, i) => {
    const column = doc.createElement('div');
    column.setAttribute('role', 'gridcell');
    column.setAttribute('data-column-index', String(i));
    column.setAttribute('data-datekey', String(encodeDatekey(date)));
    body.append(column);
  });
}

describe('readCalendarView', () => {
  it('reads the week view fixture: the view and its seven days', () => {
    const state = readCalendarView(loadFixture('calendar/week-en.html'), WEEK_URL);
    expect(state.view).toBe('week');
    expect(state.days).toEqual(days(new Date(2026, 10, 22), 7));
    expect(isCalendarViewSettled(state)).toBe(true);
  });

  it('keeps only the new week while the old columns linger', () => {
    const doc = loadFixture('calendar/week-en.html');
    addColumns(doc, days(new Date(2026, 10, 29), 7));
    const state = readCalendarView(doc, 'https://calendar.google.com/calendar/u/0/r/week/2026/12/2');
    expect(state.days).toEqual(days(new Date(2026, 10, 29), 7));
  });

  it('is not settled until the week the URL names is painted', () => {
    const doc = loadFixture('calendar/week-en.html');
    const state = readCalendarView(doc, 'https://calendar.google.com/calendar/u/0/r/week/2026/12/2');
    expect(state.days).toEqual([]);
    expect(isCalendarViewSettled(state)).toBe(false);
  });

  it('takes the view from body[data-viewkey] when the URL names none', () => {
    const doc = loadFixture('calendar/week-en.html');
    const state = readCalendarView(doc, 'https://calendar.google.com/calendar/u/0/r');
    expect(state.view).toBe('week');
    expect(state.days).toHaveLength(7);
  });

  it('counts a month view as settled without day columns', () => {
    const doc = loadFixture('calendar/week-en.html');
    doc.querySelectorAll('[data-column-index]').forEach((column) => column.remove());
    const state = readCalendarView(doc, 'https://calendar.google.com/calendar/u/0/r/month/2026/11/25');
    expect(state).toMatchObject({ view: 'month', days: [] });
    expect(isCalendarViewSettled(state)).toBe(true);
  });
});
