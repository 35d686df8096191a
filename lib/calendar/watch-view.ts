import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { querySelectorOptional } from '@/lib/dom/selectors';
import { watchPage, type PageStore } from '@/lib/dom/watch-page';
import { isCalendarViewSettled, readCalendarView, type CalendarViewState } from './read-view';
import { isOverlayNode } from './gap-overlay';
import { calendarSelectors } from './selectors';

/** Follows Calendar's routes and reads the view and the days on screen after each change. */
export function watchCalendarView(ctx: ContentScriptContext): PageStore<CalendarViewState> {
  return watchPage(ctx, {
    read: () => readCalendarView(document, location.href),
    isSettled: isCalendarViewSettled,
    getObservedRoot: () => querySelectorOptional(document, calendarSelectors.main),
    attributeFilter: ['data-datekey'],
    isOwnNode: isOverlayNode,
  });
}
