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
} as const;
