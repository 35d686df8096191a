import { startOfDay } from 'date-fns';
import { dayKind, type DayKind, type WorkWeek } from '@/lib/work-week/working-day';
import type { GapSettings, TimeOfDay } from './gap-settings';

/** A span of time, as epoch milliseconds, start included and end excluded. */
export interface Interval {
  start: number;
  end: number;
}

export interface CalendarEvent extends Interval {
  /** All-day events (holidays, reminders) do not make anyone busy. */
  allDay: boolean;
}

export type GapKind = 'buffer' | 'short';
export interface Gap extends Interval {
  kind: GapKind;
}

/** One day read against the user's working hours. */
export interface DayPlan {
  day: Date;
  /** Worked, a weekday not worked, or a day off from the settings: only a workday has gaps. */
  dayKind: DayKind;
  /** Working time, lunch taken out; empty on a day off. */
  window: Interval[];
  /** Events inside working time, overlapping ones merged. */
  busy: Interval[];
  /** Free slots inside working time, in order. */
  gaps: Gap[];
  /** Stretches of busy time with no buffer between them for longer than the limit. */
  backToBack: Interval[];
  workMinutes: number;
  bookedMinutes: number;
  freeMinutes: number;
  largestBufferMinutes: number;
  /** Booked share of working time (0 on a day off). */
  load: number;
  /** Less free time than the target asks for. */
  overTarget: boolean;
  /** A working day without a single buffer. */
  noBuffer: boolean;
}

const MINUTE = 60_000;

/** The instant a time of day falls on `day`; new Date(y, m, d, h, mm) keeps DST days right. */
function atTime(day: Date, time: TimeOfDay): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes).getTime();
}

/** Sorted, non-overlapping union of intervals (touching ones join). */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** `from` minus `cut`; both sorted and non-overlapping. */
function subtractIntervals(from: Interval[], cut: Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const piece of from) {
    let start = piece.start;
    for (const c of cut) {
      if (c.end <= start || c.start >= piece.end) continue;
      if (c.start > start) result.push({ start, end: c.start });
      start = Math.max(start, c.end);
    }
    if (start < piece.end) result.push({ start, end: piece.end });
  }
  return result;
}

/** The parts of `intervals` inside `within`; both sorted and non-overlapping. */
function intersectIntervals(intervals: Interval[], within: Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const a of intervals) {
    for (const b of within) {
      const start = Math.max(a.start, b.start);
      const end = Math.min(a.end, b.end);
      if (start < end) result.push({ start, end });
    }
  }
  return result;
}

const minutesOf = (intervals: Interval[]) => intervals.reduce((sum, i) => sum + (i.end - i.start) / MINUTE, 0);

/** The working day of `day`, from its start to its end hour, lunch included; nothing on a day off. */
function workingDay(day: Date, week: WorkWeek, settings: GapSettings): Interval[] {
  const hours = settings.workHours[day.getDay()];
  if (dayKind(day, week) !== 'workday' || !hours) return [];
  return [{ start: atTime(day, hours.start), end: atTime(day, hours.end) }].filter((w) => w.end > w.start);
}

/** The working window of `day`: its hours, lunch taken out, nothing on a day off. */
function workingWindow(day: Date, week: WorkWeek, settings: GapSettings): Interval[] {
  const window = workingDay(day, week, settings);
  const lunch = settings.lunch && { start: atTime(day, settings.lunch.start), end: atTime(day, settings.lunch.end) };
  return lunch ? subtractIntervals(window, [lunch]) : window;
}

/** Reads one day: its free slots inside working hours, buffers and short ones, load and stretches. */
export function planDay(day: Date, events: CalendarEvent[], week: WorkWeek, settings: GapSettings): DayPlan {
  const window = workingWindow(day, week, settings);
  const allBusy = mergeIntervals(events.filter((e) => !e.allDay));
  const busy = intersectIntervals(allBusy, window);
  const minBuffer = settings.minBufferMinutes * MINUTE;
  const gaps: Gap[] = subtractIntervals(window, busy).map((free) => ({
    ...free,
    kind: free.end - free.start >= minBuffer ? 'buffer' : 'short',
  }));

  // Busy time whose pauses are all shorter than a buffer runs together into one stretch,
  // counted within the working day (a meeting over lunch joins the morning to the afternoon;
  // a night flight before the day starts is no stretch of work).
  const stretches: Interval[] = [];
  const dayBounds = window.length > 0 ? workingDay(day, week, settings) : [];
  for (const block of intersectIntervals(allBusy, dayBounds)) {
    const last = stretches.at(-1);
    if (last && block.start - last.end < minBuffer) last.end = Math.max(last.end, block.end);
    else stretches.push({ ...block });
  }
  const backToBack = stretches.filter((s) => s.end - s.start > settings.backToBackMinutes * MINUTE);

  const workMinutes = minutesOf(window);
  const bookedMinutes = minutesOf(busy);
  const freeMinutes = workMinutes - bookedMinutes;
  const buffers = gaps.filter((g) => g.kind === 'buffer');
  const load = workMinutes > 0 ? bookedMinutes / workMinutes : 0;
  return {
    day: startOfDay(day),
    dayKind: dayKind(day, week),
    window,
    busy,
    gaps,
    backToBack,
    workMinutes,
    bookedMinutes,
    freeMinutes,
    largestBufferMinutes: Math.max(0, ...buffers.map((g) => (g.end - g.start) / MINUTE)),
    load,
    overTarget: workMinutes > 0 && freeMinutes < workMinutes * settings.targetFreeShare,
    noBuffer: workMinutes > 0 && buffers.length === 0,
  };
}

/** The week (or the days on screen) summed up. */
export function summarizePlans(plans: DayPlan[]) {
  const workMinutes = plans.reduce((s, p) => s + p.workMinutes, 0);
  const bookedMinutes = plans.reduce((s, p) => s + p.bookedMinutes, 0);
  return {
    workMinutes,
    bookedMinutes,
    freeMinutes: workMinutes - bookedMinutes,
    load: workMinutes > 0 ? bookedMinutes / workMinutes : 0,
    daysWithoutBuffer: plans.filter((p) => p.noBuffer).length,
    daysOverTarget: plans.filter((p) => p.overTarget).length,
  };
}
