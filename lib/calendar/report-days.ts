import type { DayPlan } from '@/lib/gaps/find-gaps';
import type { KeptEvent } from '@/lib/gaps/day-events-schema';
import { sendMessage } from '@/lib/messaging';
import { isoDay } from '@/lib/work-week/working-day';

/**
 * Tells the background the free buffers of the days on screen, so that "Something unexpected"
 * can offer them from Gmail too, and their events' titles and times, so that "I'm out" finds the
 * clients they name. Sends only what changed since the last report that landed.
 */
export function dayReporter() {
  let lastSent = '';
  /** `events`: each plan's events, in the plans' order. */
  return function report(plans: DayPlan[], events: KeptEvent[][], accountPath: string): void {
    if (plans.length === 0) return;
    const days = plans.map((plan, i) => ({
      day: isoDay(plan.day),
      buffers: plan.gaps.filter((gap) => gap.kind === 'buffer').map(({ start, end }) => ({ start, end })),
      bookedMinutes: plan.bookedMinutes,
      freeMinutes: plan.freeMinutes,
      // The background refuses a day of more than 100: no day Calendar draws holds that many.
      events: (events[i] ?? []).slice(0, 100),
    }));
    const key = JSON.stringify([accountPath, days]);
    if (key === lastSent) return;
    sendMessage('saveCalendarDays', { accountPath, days }).then(
      () => (lastSent = key),
      // The worker may be restarting or the extension reloading: the next reading sends again.
      () => undefined,
    );
  };
}
