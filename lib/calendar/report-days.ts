import type { DayPlan } from '@/lib/gaps/find-gaps';
import { sendMessage } from '@/lib/messaging';
import { isoDay } from '@/lib/work-week/working-day';

/**
 * Tells the background the free buffers of the days on screen, so that "Something unexpected"
 * can offer them from Gmail too. Sends only what changed since the last report that landed.
 */
export function dayReporter() {
  let lastSent = '';
  return function report(plans: DayPlan[], accountPath: string): void {
    if (plans.length === 0) return;
    const days = plans.map((plan) => ({
      day: isoDay(plan.day),
      buffers: plan.gaps.filter((gap) => gap.kind === 'buffer').map(({ start, end }) => ({ start, end })),
      bookedMinutes: plan.bookedMinutes,
      freeMinutes: plan.freeMinutes,
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
