import type { ReadingStatus, PageReading } from '@/lib/dom/watch-page';
import type { CalendarViewName } from '@/lib/calendar/routes';
import type { SelectorMiss } from './selector-miss';
import type { DayPlan } from '@/lib/gaps/find-gaps';
import type { ComposeTarget, InsertOutcome } from '@/lib/gmail/composer';
import type { GmailPageState } from '@/lib/gmail/watch-thread';

/**
 * Between a Gmail or Calendar tab's content script and the Leeway views that show it (the frame
 * inside the page, the browser's side panel). Only extension messaging is used: the page can
 * neither read nor forge it, unlike window.postMessage.
 */

/** The extension page the in-page frame shows (listed in web_accessible_resources for Google only). */
export const FRAME_PAGE = '/sidebar.html';

/** Port names: a view connects to the content script of its tab's top frame. */
export const FRAME_PORT = 'leeway-frame';
export const PANEL_PORT = 'leeway-panel';

/** A day plan as it crosses a port (Chrome serializes messages as JSON: no Date). */
export type WirePlan = Omit<DayPlan, 'day'> & { day: number };

export interface GmailFeed {
  host: 'gmail';
  reading: PageReading<GmailPageState>;
  /** The compose the text would go into, with whom it is addressed to; none open: undefined. */
  compose?: ComposeTarget;
  /** The account's path (`/mail/u/1/`), for links back to threads. */
  accountPath: string;
}

/** A timed event on screen, as the sidebar lists it to start a timer from. */
export interface CalendarEventItem {
  /** Calendar's `data-eventid`. */
  id: string;
  title: string;
  start: number;
  end: number;
}

export interface CalendarFeed {
  host: 'calendar';
  status: ReadingStatus;
  view?: CalendarViewName;
  /** The days on screen, as epoch milliseconds. */
  days: number[];
  /** The gaps of the day columns on screen, as drawn over the grid. */
  plans: WirePlan[];
  /** The timed events of those columns, in column order. */
  events: CalendarEventItem[];
  /**
   * The part of Calendar's page Leeway looked for and did not find (the day columns, or the
   * event chips in columns that show events): then nothing is planned or drawn.
   */
  unreadable?: SelectorMiss;
  /** The account's path (`/calendar/u/1/`), for the new-event links. */
  accountPath: string;
}

export type PageFeed = GmailFeed | CalendarFeed;

/** Requests a view makes of its tab's page, answered by the content script over the view's port. */
interface PageProtocolMap {
  /** Puts text into the compose the user was in (opening a reply in a thread); no clipboard. */
  insertText(data: { text: string; subject: string; unsignedText?: string }): InsertOutcome;
  /** Gives focus back to the compose, with the caret where it was. */
  returnToCompose(data: undefined): void;
  /** The sentence the user selected in a message of the thread, for a flag's quote; none: ''. */
  readSelection(data: undefined): string;
  /** Opens a link of the page's own site (a thread, Calendar's event editor) in the tab. */
  openLink(data: { url: string }): void;
}
export type PageCallName = keyof PageProtocolMap;
export type PageCallData<K extends PageCallName> = Parameters<PageProtocolMap[K]>[0];
export type PageCallResult<K extends PageCallName> = ReturnType<PageProtocolMap[K]>;

/** From the content script to its views. */
export type ToView =
  | { type: 'feed'; feed: PageFeed }
  | { type: 'focus-templates' }
  | { type: 'result'; id: number; value?: unknown; error?: string };

/**
 * From a view to its content script: a request (answered by a `result` with the same id), or,
 * from the in-page frame, the label of the page's resize edge (the frame has the strings loaded;
 * reading them in the page would cost Google's main thread a synchronous fetch of the catalogue).
 */
export type ToPage =
  | { type: 'labels'; resize: string }
  /** From the folded rail: unfold for now (not remembered), and with `templates`, open the picker. */
  | { type: 'unfold'; templates: boolean }
  | { [K in PageCallName]: { type: 'call'; id: number; name: K; data: PageCallData<K> } }[PageCallName];

export const toWirePlan = ({ day, ...plan }: DayPlan): WirePlan => ({ ...plan, day: day.getTime() });
export const fromWirePlan = ({ day, ...plan }: WirePlan): DayPlan => ({ ...plan, day: new Date(day) });
