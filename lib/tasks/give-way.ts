import { differenceInMinutes, endOfDay, format, parseISO } from 'date-fns';
import { addWorkingDays } from '@/lib/templates/dates';
import type { WorkWeek } from '@/lib/work-week/working-day';
import type { Interval } from '@/lib/gaps/find-gaps';
import type { Task } from './task';

/** What landed: how many minutes it needs, done by the end of which day (yyyy-mm-dd). */
export interface Need {
  minutes: number;
  by: string;
}

export interface Move {
  task: Task;
  /** The working day it is pushed to: the first after the deadline of what landed. */
  newDate: string;
  /** Its due date moves too: the client is told. */
  late: boolean;
}

export interface GiveWay {
  buffers: Interval[];
  moves: Move[];
  coveredMinutes: number;
  /** What nothing could absorb (0 when covered). */
  shortMinutes: number;
}

const minutesOf = (interval: Interval) => differenceInMinutes(interval.end, interval.start);

/** The free buffers left between now and the end of the deadline day, cut to what is left of them. */
function buffersBefore(buffers: Interval[], by: string, now: number): Interval[] {
  const deadline = endOfDay(parseISO(by)).getTime();
  return buffers
    .map(({ start, end }) => ({ start: Math.max(start, now), end: Math.min(end, deadline) }))
    .filter((buffer) => minutesOf(buffer) > 0)
    .sort((a, b) => a.start - b.start);
}

/** The earliest buffer that holds it all; else the buffers in order until covered. */
function pickBuffers(buffers: Interval[], minutes: number): Interval[] {
  const single = buffers.find((buffer) => minutesOf(buffer) >= minutes);
  if (single) return [single];
  const picked: Interval[] = [];
  let covered = 0;
  for (const buffer of buffers) {
    if (covered >= minutes) break;
    picked.push(buffer);
    covered += minutesOf(buffer);
  }
  return picked;
}

/** The fewest of `tasks` covering `minutes`: the longest first (no smaller set covers more). */
function fewest(tasks: Task[], minutes: number): Task[] {
  const picked: Task[] = [];
  let covered = 0;
  for (const task of [...tasks].sort((a, b) => b.estimateMinutes - a.estimateMinutes)) {
    if (covered >= minutes) break;
    picked.push(task);
    covered += task.estimateMinutes;
  }
  return picked;
}

/**
 * What can give way when something unexpected lands: free buffers before its deadline first;
 * then tasks planned before it that can move to the first working day after it, can-wait ones
 * first, then important ones whose due date that day still meets; never urgent ones.
 */
export function giveWay(need: Need, tasks: Task[], buffers: Interval[], week: WorkWeek, now: Date): GiveWay {
  const pickedBuffers = pickBuffers(buffersBefore(buffers, need.by, now.getTime()), need.minutes);
  const fromBuffers = pickedBuffers.reduce((sum, buffer) => sum + minutesOf(buffer), 0);
  const left = Math.max(0, need.minutes - fromBuffers);
  const today = format(now, 'yyyy-MM-dd');
  const newDate = format(addWorkingDays(parseISO(need.by), 1, week), 'yyyy-MM-dd');
  const inTheWay = tasks.filter(
    (task) => !task.done && task.estimateMinutes > 0 && (task.plannedFor ?? today) <= need.by,
  );
  const canWait = inTheWay.filter((task) => task.bucket === 'later');
  const important = inTheWay.filter((task) => task.bucket === 'important' && (!task.due || task.due >= newDate));
  const canWaitTotal = canWait.reduce((sum, task) => sum + task.estimateMinutes, 0);
  const picked =
    left === 0
      ? []
      : canWaitTotal >= left
        ? fewest(canWait, left)
        : [...canWait, ...fewest(important, left - canWaitTotal)];
  const fromTasks = picked.reduce((sum, task) => sum + task.estimateMinutes, 0);
  return {
    buffers: pickedBuffers,
    moves: picked.map((task) => ({ task, newDate, late: task.due !== undefined && task.due < newDate })),
    coveredMinutes: fromBuffers + fromTasks,
    shortMinutes: Math.max(0, left - fromTasks),
  };
}
