import { querySelectorAllOf, querySelectorOptional, SelectorError } from '@/lib/dom/selectors';
import type { CalendarEvent } from '@/lib/gaps/find-gaps';
import { cleanLine } from '@/lib/text/clean-text';
import { MAX_LABEL_LENGTH, readLabelTimes, type ClockTime } from './read-label';
import { calendarSelectors as s } from './selectors';

/** Where a chip sits in its day column, in px, and the column's height. */
export interface ChipGeometry {
  top: number;
  height: number;
  columnHeight: number;
}

// Calendar lays a day out on 24 wall-clock hours; events snap to 5 minutes in its editor.
const DAY_MINUTES = 24 * 60;
const SNAP = 5;
// A label time further than this from the chip's place belongs to another event: trust geometry.
const LABEL_TOLERANCE_MINUTES = 45;

const minutesOf = (t: ClockTime) => t.hour * 60 + t.minute;

/**
 * An event's start and end in minutes of its day, from the chip's place in the column (no
 * language needed) made exact by the label's times when they agree with it. A chip at the top
 * edge continues from the day before; one whose label ends before it starts runs into the next.
 */
export function chipMinutes(geometry: ChipGeometry, label?: { start: ClockTime; end: ClockTime }): [number, number] {
  const perMinute = geometry.columnHeight / DAY_MINUTES;
  const snap = (px: number) => Math.min(DAY_MINUTES, Math.max(0, Math.round(px / perMinute / SNAP) * SNAP));
  const touchesTop = geometry.top <= 1;
  let start = touchesTop ? 0 : snap(geometry.top);
  let end = snap(geometry.top + geometry.height);
  if (label) {
    const labelStart = minutesOf(label.start);
    let labelEnd = minutesOf(label.end);
    if (labelEnd <= labelStart) labelEnd = DAY_MINUTES; // runs past midnight
    if (!touchesTop && Math.abs(labelStart - start) <= LABEL_TOLERANCE_MINUTES) start = labelStart;
    if (
      Math.abs(labelEnd - end) <= LABEL_TOLERANCE_MINUTES ||
      (touchesTop && labelEnd <= end + LABEL_TOLERANCE_MINUTES)
    )
      end = labelEnd;
  }
  return [start, Math.max(start, end)];
}

// Labels already read: Calendar repaints its chips often and their labels rarely change, so the
// week is re-read from geometry with a lookup per chip instead of a parse (bounded: a week holds
// hundreds of events, not thousands).
const labelCache = new Map<string, ReturnType<typeof readLabelTimes>>();
const LABEL_CACHE_SIZE = 2000;

function readLabelCached(text: string, title: string): ReturnType<typeof readLabelTimes> {
  const key = `${title}\u0000${text}`;
  if (labelCache.has(key)) return labelCache.get(key);
  if (labelCache.size >= LABEL_CACHE_SIZE) labelCache.clear();
  const times = readLabelTimes(text, title);
  labelCache.set(key, times);
  return times;
}

/** A timed event as the sidebar lists it: its title and Calendar's id for it, beside its span. */
export interface ReadEvent extends CalendarEvent {
  title: string;
  /** Calendar's `data-eventid`, kept with a timer started from the event. */
  id: string;
}

function readChip(chip: HTMLElement, columnHeight: number) {
  const top = parseFloat(chip.style.top);
  const height = parseFloat(chip.style.height);
  if (!Number.isFinite(top) || !Number.isFinite(height)) return undefined;
  const visible = querySelectorOptional(chip, s.chipVisible);
  // Both cleaned alike, so the title is found in the label (Calendar's label holds it on one line).
  const title = cleanLine(visible?.firstElementChild?.textContent ?? visible?.textContent ?? '', MAX_LABEL_LENGTH);
  const labelElement = [...chip.children].find((child) => child.getAttribute('aria-hidden') !== 'true');
  const text = cleanLine(labelElement?.textContent ?? '', MAX_LABEL_LENGTH);
  const label = text ? readLabelCached(text, title) : undefined;
  return { title, minutes: chipMinutes({ top, height, columnHeight }, label) };
}

/**
 * The timed events of one day column. Throws a SelectorError when the column shows clickable
 * items but none is a chip Leeway knows: read as empty, the day would pass for free time.
 */
export function readColumnEvents(column: HTMLElement, day: Date): ReadEvent[] {
  const chips = querySelectorAllOf(column, s.eventChip);
  if (chips.length === 0 && querySelectorOptional(column, s.columnButton)) throw new SelectorError(s.eventChip);
  const columnHeight = column.getBoundingClientRect().height || column.scrollHeight;
  if (!columnHeight) return [];
  return chips.flatMap((chip) => {
    const read = chip instanceof HTMLElement ? readChip(chip, columnHeight) : undefined;
    if (!read) return [];
    // Wall-clock minutes: on a daylight-saving day 09:00 is still 09:00.
    const [start, end] = read.minutes.map((m) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, m));
    const id = (chip.getAttribute('data-eventid') ?? '').slice(0, 300);
    return [{ start: start!.getTime(), end: end!.getTime(), allDay: false, title: read.title, id }];
  });
}
