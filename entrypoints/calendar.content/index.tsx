import { CalendarPanel } from '@/components/calendar-panel';
import { mountSidebar } from '@/lib/sidebar/mount-sidebar';
import { watchCalendarView } from '@/lib/calendar/watch-view';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    void mountSidebar(ctx, <CalendarPanel store={watchCalendarView(ctx)} />);
  },
});
