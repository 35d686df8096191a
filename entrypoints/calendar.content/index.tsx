import { CalendarPanel } from '@/components/calendar-panel';
import { mountSidebar } from '@/lib/sidebar/mount-sidebar';
import { watchCalendarView } from '@/lib/calendar/watch-view';
import { watchChipChanges } from '@/lib/calendar/watch-chips';
import { removeGapOverlay } from '@/lib/calendar/gap-overlay';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    // An update or a reload of the extension leaves no overlay behind.
    ctx.onInvalidated(() => removeGapOverlay(document));
    void mountSidebar(ctx, <CalendarPanel store={watchCalendarView(ctx)} chips={watchChipChanges(ctx)} />);
  },
});
