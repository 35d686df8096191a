import { defineContentScript } from 'wxt/utils/define-content-script';

import { calendarFeed } from '@/lib/calendar/calendar-feed';
import { watchCalendarView } from '@/lib/calendar/watch-view';
import { watchChipChanges } from '@/lib/calendar/watch-chips';
import { ignoreForgedRestarts } from '@/lib/dom/ignore-forged-restarts';
import { reportFocus } from '@/lib/page/report-focus';
import { servePage } from '@/lib/page/serve-page';
import { mountSidebarFrame } from '@/lib/sidebar/mount-frame';
import { watchSettings } from '@/lib/settings/watch-settings';

// Only what must touch Calendar's page runs here: reading the grid and drawing the gap overlay.
// The sidebar's UI is an extension page in a frame (entrypoints/sidebar).
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  // At "idle" (the default), not at document_end: measured on the heavy fixtures, starting at
  // document_end did not show the sidebar sooner (the frame's own start is what waits), and put
  // the frame in the page before its load event, which then waited for it (~100 ms).
  cssInjectionMode: 'manual',
  // WXT's "started" message would be posted to the page, which could replay it to stop Leeway;
  // its twin, a document event, is guarded in main (lib/dom/ignore-forged-restarts.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedRestarts(ctx);
    reportFocus((target, type, handler) => ctx.addEventListener(target, type, handler));
    const settings = watchSettings(ctx);
    const feed = calendarFeed(ctx, watchCalendarView(ctx), watchChipChanges(ctx), settings);
    // The frame comes once the week's gaps are drawn (or found unreadable): started together,
    // the frame's start (in the extension's process) and the reading of 200 chips (on
    // Calendar's thread) share the cores, and the overlay, what the user looks at, came later.
    const frame = mountSidebarFrame(ctx, settings, feed.firstReading);
    servePage(ctx, feed, {}, (message) => void frame.then((f) => f.onFrameMessage(message)));
  },
});
