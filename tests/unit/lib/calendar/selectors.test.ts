import { calendarSelectors } from '@/lib/calendar/selectors';
import { describeSelectorTable } from '../../selector-table';

describeSelectorTable({
  host: 'calendar',
  selectors: calendarSelectors,
  fixtures: [
    'day-en.html',
    'week-200-en.html',
    'week-en.html',
    'week-fr.html',
    'week-full-en.html',
    'week-full-fr.html',
    'day-full-en.html',
  ],
  // Where the code looks for a selector inside another one: chips are read column by column.
  scopes: { eventChip: 'dayColumn', chipVisible: 'eventChip', columnButton: 'dayColumn' },
  // prettier-ignore
  table: {
    //             day week200 week weekFr fullEn fullFr dayFull
    main:          [1,  1,     1,   1,     1,     1,     1],
    grid:          [1,  1,     1,   1,     1,     1,     1],
    dayColumn:     [1,  7,     7,   7,     7,     7,     1],
    // Timed chips only: all-day events sit outside the day columns.
    eventChip:     [4,  200,   15,  11,    12,    12,    3],
    chipVisible:   [4,  200,   15,  11,    12,    12,    3],
    // Every clickable item of a day column is a chip: none would be taken for free time.
    columnButton:  [4,  200,   15,  11,    12,    12,    3],
  },
});
