import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giveWay } from '@/lib/tasks/give-way';
import type { Bucket, Task } from '@/lib/tasks/task';

const WEEK = { workDays: [1, 2, 3, 4, 5], daysOff: ['2026-12-25'] };
// Monday 30 November 2026, 10:00.
const NOW = new Date(2026, 10, 30, 10);
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

const task = (id: string, bucket: Bucket, estimateMinutes: number, extra: Partial<Task> = {}): Task => ({
  id,
  title: id,
  bucket,
  order: 0,
  estimateMinutes,
  note: '',
  done: false,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
const ids = (result: ReturnType<typeof giveWay>) => result.moves.map((move) => move.task.id);

describe('what gives way', () => {
  it('proposes the earliest free buffer that holds it all, and no task', () => {
    const buffers = [
      { start: at(30, 11), end: at(30, 11, 30) },
      { start: at(30, 14), end: at(30, 16) },
      { start: at(30, 16, 30), end: at(30, 18) },
    ];
    const result = giveWay({ minutes: 60, by: '2026-11-30' }, [task('a', 'later', 60)], buffers, WEEK, NOW);
    expect(result.buffers).toEqual([buffers[1]]);
    expect(result.moves).toEqual([]);
    expect(result.shortMinutes).toBe(0);
  });

  it('ignores buffers already past and those after the deadline day', () => {
    const buffers = [
      { start: at(30, 8), end: at(30, 9) },
      { start: at(30, 9, 30), end: at(30, 10, 30) },
      { start: at(30, 17), end: at(30, 18) },
      { start: at(32, 9), end: at(32, 12) },
    ];
    const result = giveWay({ minutes: 80, by: '2026-11-30' }, [], buffers, WEEK, NOW);
    expect(result.buffers).toEqual([{ start: at(30, 10), end: at(30, 10, 30) }, buffers[2]]);
    expect(result.coveredMinutes).toBe(90);
  });

  it('on a fully booked day, moves can-wait tasks to the next working day, never urgent ones', () => {
    const tasks = [
      task('urgent', 'urgent', 240),
      task('filing', 'later', 30),
      task('newsletter', 'later', 90, { clientId: 'c1', due: '2026-11-30' }),
      task('deck', 'important', 120),
    ];
    const result = giveWay({ minutes: 90, by: '2026-11-30' }, tasks, [], WEEK, NOW);
    expect(ids(result)).toEqual(['newsletter']);
    expect(result.moves[0]).toMatchObject({ newDate: '2026-12-01', late: true });
  });

  it('moves important tasks only when can-wait ones are not enough, and only when their due date leaves room', () => {
    const tasks = [
      task('filing', 'later', 30),
      task('deck', 'important', 120, { due: '2026-12-04' }),
      task('report', 'important', 180, { due: '2026-11-30' }),
    ];
    // The report is due today: pushed to tomorrow it would be late. The deck, due Friday, has room,
    // unless the deadline is Friday itself, which pushes it to Monday.
    expect(ids(giveWay({ minutes: 120, by: '2026-11-30' }, tasks, [], WEEK, NOW))).toEqual(['filing', 'deck']);
    const friday = giveWay({ minutes: 120, by: '2026-12-04' }, tasks, [], WEEK, NOW);
    expect(ids(friday)).toEqual(['filing']);
    expect(friday.moves[0]!.newDate).toBe('2026-12-07');
    expect(friday.shortMinutes).toBe(90);
  });

  it('skips days off when it picks the new date', () => {
    const result = giveWay({ minutes: 30, by: '2026-12-24' }, [task('a', 'later', 30)], [], WEEK, NOW);
    expect(result.moves[0]!.newDate).toBe('2026-12-28');
  });

  it('leaves alone tasks done or already planned after the deadline', () => {
    const tasks = [task('done', 'later', 60, { done: true }), task('later', 'later', 60, { plannedFor: '2026-12-02' })];
    expect(giveWay({ minutes: 60, by: '2026-11-30' }, tasks, [], WEEK, NOW).moves).toEqual([]);
  });
});

describe('what gives way, for any tasks', () => {
  const arbitraryTask = fc
    .record({
      bucket: fc.constantFrom<Bucket>('urgent', 'important', 'later'),
      estimate: fc.integer({ min: 0, max: 240 }),
      dueIn: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      done: fc.boolean(),
    })
    .map(({ bucket, estimate, dueIn, done }) =>
      task('t', bucket, estimate, {
        done,
        due: dueIn === undefined ? undefined : `2026-12-${String(1 + dueIn).padStart(2, '0')}`,
      }),
    );
  const input = fc.record({
    tasks: fc
      .array(arbitraryTask, { maxLength: 10 })
      .map((tasks) => tasks.map((each, i) => ({ ...each, id: `t${i}` }))),
    minutes: fc.integer({ min: 1, max: 600 }),
    byIn: fc.integer({ min: 0, max: 10 }),
  });
  const by = (byIn: number) => (byIn === 0 ? '2026-11-30' : `2026-12-${String(byIn).padStart(2, '0')}`);

  it('never proposes an urgent or done task, nor one whose due date leaves no room unless it can wait', () => {
    fc.assert(
      fc.property(input, ({ tasks, minutes, byIn }) => {
        for (const { task: moved, newDate } of giveWay({ minutes, by: by(byIn) }, tasks, [], WEEK, NOW).moves) {
          expect(moved.bucket).not.toBe('urgent');
          expect(moved.done).toBe(false);
          if (moved.bucket === 'important' && moved.due) expect(newDate <= moved.due).toBe(true);
        }
      }),
    );
  });

  it('proposes can-wait tasks before important ones, and the fewest that cover the need', () => {
    fc.assert(
      fc.property(input, ({ tasks, minutes, byIn }) => {
        const result = giveWay({ minutes, by: by(byIn) }, tasks, [], WEEK, NOW);
        const moved = result.moves.map((move) => move.task);
        const movable = (bucket: Bucket) =>
          tasks.filter((t) => !t.done && t.bucket === bucket && t.estimateMinutes > 0);
        const canWait = movable('later');
        const canWaitTotal = canWait.reduce((sum, t) => sum + t.estimateMinutes, 0);
        if (moved.some((t) => t.bucket === 'important'))
          expect(moved.filter((t) => t.bucket === 'later')).toHaveLength(canWait.length);
        if (canWaitTotal >= minutes) {
          // No smaller set of can-wait tasks covers it: the k longest are the most any k can free.
          const longest = canWait.map((t) => t.estimateMinutes).sort((a, b) => b - a);
          const fewer = longest.slice(0, moved.length - 1).reduce((sum, m) => sum + m, 0);
          expect(fewer).toBeLessThan(minutes);
          expect(result.coveredMinutes).toBeGreaterThanOrEqual(minutes);
          expect(moved.every((t) => t.bucket === 'later')).toBe(true);
        }
        expect(result.coveredMinutes + result.shortMinutes).toBeGreaterThanOrEqual(minutes);
      }),
    );
  });
});
