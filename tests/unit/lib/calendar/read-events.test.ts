import { describe, expect, it } from 'vitest';
import { chipMinutes, readColumnEvents } from '@/lib/calendar/read-events';
import { SelectorError } from '@/lib/dom/selectors';
import { drawGapOverlay, removeGapOverlay } from '@/lib/calendar/gap-overlay';
import { readDayColumns } from '@/lib/calendar/read-view';
import { planDay } from '@/lib/gaps/find-gaps';
import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { loadFixture } from '../../load-fixture';

const column = { columnHeight: 1152 }; // 48 px an hour
const time = (hour: number, minute = 0) => ({ hour, minute });

describe('chipMinutes', () => {
  it('reads the geometry alone, snapped to 5 minutes', () => {
    expect(chipMinutes({ ...column, top: 9 * 48, height: 48 - 2 })).toEqual([540, 600]);
  });
  it('takes the exact times from the label when they agree with the geometry', () => {
    expect(
      chipMinutes({ ...column, top: 8.5 * 48, height: 0.5 * 48 - 2 }, { start: time(8, 30), end: time(9, 0) }),
    ).toEqual([510, 540]);
    expect(
      chipMinutes({ ...column, top: 14 * 48, height: 20 * 0.8 - 2 }, { start: time(14), end: time(14, 20) }),
    ).toEqual([840, 860]);
  });
  it('keeps the geometry when a label disagrees with it', () => {
    expect(chipMinutes({ ...column, top: 9 * 48, height: 46 }, { start: time(15), end: time(16) })).toEqual([540, 600]);
  });
  it('starts at midnight a chip continuing from the day before, and ends at midnight one running into the next', () => {
    expect(chipMinutes({ ...column, top: 0, height: 9.5 * 48 - 2 }, { start: time(22), end: time(9, 30) })).toEqual([
      0, 570,
    ]);
    expect(
      chipMinutes({ ...column, top: 22.5 * 48, height: 1.5 * 48 }, { start: time(22, 30), end: time(6, 30) }),
    ).toEqual([1350, 1440]);
  });
});

describe('the overlay', () => {
  it('draws blocks with their attributes, redraws only what changed, and removes leftovers', () => {
    const doc = loadFixture('calendar/week-en.html');
    const columns = readDayColumns(doc, new Date(2026, 10, 25));
    const plans = columns.map(({ day }) =>
      planDay(day, [], { workDays: [1, 2, 3, 4, 5], daysOff: [] }, defaultGapSettings),
    );
    drawGapOverlay(doc, columns, plans, defaultGapSettings.colors);
    const blocks = [...doc.querySelectorAll('[data-leeway-gap]')];
    expect(blocks).toHaveLength(10);
    expect(blocks[0]!.getAttribute('data-gap-start')).toBe('2026-11-23T09:00');
    expect((blocks[0] as HTMLElement).style.pointerEvents).toBe('none');
    // Before Calendar's own chips, so they paint above the blocks.
    expect(columns[1]!.column.firstElementChild).toBe(blocks[0]);

    drawGapOverlay(doc, columns, plans, defaultGapSettings.colors);
    expect([...doc.querySelectorAll('[data-leeway-gap]')]).toEqual(blocks);

    drawGapOverlay(doc, columns.slice(0, 2), plans.slice(0, 2), defaultGapSettings.colors);
    expect(doc.querySelectorAll('[data-leeway-gap]')).toHaveLength(2);
    removeGapOverlay(doc);
    expect(doc.querySelectorAll('[data-leeway-gap]')).toHaveLength(0);
  });
});

describe('a Calendar markup change must not turn the week into free time', () => {
  const week = () => loadFixture('calendar/week-en.html');
  const monday = (doc: Document) => readDayColumns(doc, new Date(2026, 10, 25))[1]!;

  it('refuses a column whose clickable chips no chip selector matches, naming the selector', () => {
    const doc = week();
    doc.querySelectorAll('[data-eventchip]').forEach((chip) => {
      chip.removeAttribute('data-eventchip');
      chip.removeAttribute('data-eventid');
    });
    const { column, day } = monday(doc);
    let error: unknown;
    try {
      readColumnEvents(column, day);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SelectorError);
    expect((error as SelectorError).miss).toEqual({
      name: 'event chip',
      css: ['[data-eventchip]', 'div[data-eventid][role="button"]'],
    });
  });

  it('still reads a chip by an older selector, and a column with nothing to click as free', () => {
    const doc = week();
    doc.querySelectorAll('[data-eventchip]').forEach((chip) => chip.removeAttribute('data-eventchip'));
    const { column, day } = monday(doc);
    // Sized as on screen (48 px an hour): happy-dom lays nothing out.
    column.getBoundingClientRect = () => ({ height: 1152 }) as DOMRect;
    expect(readColumnEvents(column, day)).toHaveLength(3);
    const sunday = readDayColumns(doc, new Date(2026, 10, 25))[0]!;
    expect(readColumnEvents(sunday.column, sunday.day)).toEqual([]);
  });
});
