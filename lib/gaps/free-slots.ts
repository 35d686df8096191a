import { isFullyBooked } from './day-buffers-schema';
import type { DayPlan, Interval } from './find-gaps';

const MINUTE = 60_000;
// Proposed times start on a quarter hour: "10:07" reads like a machine's offer.
const QUARTER = 15 * MINUTE;

/** A day with no buffer left in its working hours and time booked: the same rule the background keeps. */
export const isPlanFullyBooked = (plan: DayPlan): boolean =>
  isFullyBooked({ buffers: plan.gaps.filter((gap) => gap.kind === 'buffer'), bookedMinutes: plan.bookedMinutes });

export interface SlotRequest {
  /** The event to move: its length is the slot's, and only days after its own are searched. */
  event: Interval;
  /** The settings' buffer, kept between a proposed slot and any other event. */
  bufferMinutes: number;
  now: number;
  /** How many slots to offer at most. */
  max?: number;
}

const roundUpToQuarter = (ms: number) => Math.ceil(ms / QUARTER) * QUARTER;

/** The earliest slot of `length` in a free gap, keeping a buffer from the events around it (not from a day's edge or lunch). */
function slotIn(gap: Interval, plan: DayPlan, length: number, buffer: number, now: number): Interval | undefined {
  const afterEvent = plan.busy.some((busy) => busy.end === gap.start);
  const beforeEvent = plan.busy.some((busy) => busy.start === gap.end);
  const start = roundUpToQuarter(Math.max(gap.start + (afterEvent ? buffer : 0), now));
  const end = start + length;
  return end + (beforeEvent ? buffer : 0) <= gap.end ? { start, end } : undefined;
}

/** Whether any day after the event's is on screen: in a day view, Leeway sees nothing later. */
export const showsDaysAfter = (plans: DayPlan[], event: Interval): boolean =>
  plans.some((plan) => plan.day.getTime() > event.start);

/**
 * Real free slots for an event moved off a fully booked day: later days on screen only, never
 * another fully booked day, inside working hours (lunch out), as long as the event, a buffer
 * away from other events, and not in the past. One per day first, so the client has a choice
 * of days; then the next ones, in time order. Empty when nothing fits.
 */
export function freeSlotsAfter(plans: DayPlan[], { event, bufferMinutes, now, max = 3 }: SlotRequest): Interval[] {
  const length = event.end - event.start;
  const buffer = bufferMinutes * MINUTE;
  const perDay = plans
    .filter((plan) => plan.day.getTime() > event.start && !isPlanFullyBooked(plan))
    .sort((a, b) => a.day.getTime() - b.day.getTime())
    .map((plan) =>
      plan.gaps
        .map((gap) => slotIn(gap, plan, length, buffer, now))
        .filter((slot): slot is Interval => slot !== undefined),
    )
    .filter((slots) => slots.length > 0);
  const firsts = perDay.map((slots) => slots[0]!);
  const others = perDay.flatMap((slots) => slots.slice(1));
  return [...firsts, ...others].slice(0, max).sort((a, b) => a.start - b.start);
}
