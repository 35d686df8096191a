import type { NamedSelector } from '@/lib/dom/selectors';

// Google Calendar's markup, from ../shared/docs/host-pages.md (calendar-plus, event-merge).
const sel = (name: string, ...alternatives: Array<[css: string, seen: string]>): NamedSelector => ({
  name,
  alternatives: alternatives.map(([css, seen]) => ({ css, seen })),
});

export const calendarSelectors = {
  main: sel('main area', ['div[role="main"]', '2026-08']),
  grid: sel('calendar grid', ['[role="grid"]', '2026-08']),
  // Timed day columns; all-day cells are gridcells without a column index.
  dayColumn: sel('day column', ['[role="gridcell"][data-column-index][data-datekey]', '2026-08']),
  // `.NlL62b[data-eventid]` stopped matching in 2025 (quick-duplicate #29).
  eventChip: sel('event chip', ['[data-eventchip]', '2026-08'], ['div[data-eventid][role="button"]', '2025-06']),
  // The visible title sits in aria-hidden children; the screen-reader label in the first other one.
  chipVisible: sel('event chip title', [':scope > [aria-hidden="true"]', '2026-08']),
  // Anything a user can click inside a timed day column: Calendar's chips are buttons. A column
  // that holds one while no chip selector matches has changed its markup, not lost its events.
  columnButton: sel('clickable item of a day column', ['[role="button"]', '2026-08']),
} as const;
