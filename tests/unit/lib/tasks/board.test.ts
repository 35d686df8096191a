import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveTask, nextOrder, stepPlace, toBoard, type Board } from '@/lib/tasks/board';
import { buckets, type Bucket, type Task } from '@/lib/tasks/task';

const task = (id: string, bucket: Bucket, order: number, extra: Partial<Task> = {}): Task => ({
  id,
  title: id,
  bucket,
  order,
  estimateMinutes: 30,
  note: '',
  done: false,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

const titles = (board: Board) => Object.fromEntries(buckets.map((b) => [b, board[b].map((t) => t.id)]));

/** The board after applying a move's placements, as the store would. */
function apply(tasks: Task[], id: string, to: Parameters<typeof moveTask>[2]): Task[] {
  const changes = new Map(moveTask(toBoard(tasks), id, to).map((change) => [change.id, change]));
  return tasks.map((each) => ({ ...each, ...changes.get(each.id) }));
}

const tasks = [
  task('call', 'urgent', 1),
  task('invoice', 'urgent', 0),
  task('deck', 'important', 0),
  task('filing', 'later', 0),
  task('old', 'later', 1, { done: true }),
];

describe('the board', () => {
  it('sorts each bucket by its order and leaves done tasks out', () => {
    expect(titles(toBoard(tasks))).toEqual({ urgent: ['invoice', 'call'], important: ['deck'], later: ['filing'] });
  });

  it('puts a new task last in its bucket', () => {
    expect(nextOrder(tasks, 'urgent')).toBe(2);
    expect(nextOrder(tasks, 'important')).toBe(1);
    expect(nextOrder([], 'later')).toBe(0);
  });

  it('moves a task up, down and across buckets, and says when there is no further to go', () => {
    const board = toBoard(tasks);
    expect(stepPlace(board, 'call', 'up')).toEqual({ bucket: 'urgent', index: 0 });
    expect(stepPlace(board, 'call', 'down')).toBeUndefined();
    expect(stepPlace(board, 'invoice', 'up')).toBeUndefined();
    expect(stepPlace(board, 'call', 'next-bucket')).toEqual({ bucket: 'important', index: 1 });
    expect(stepPlace(board, 'call', 'previous-bucket')).toBeUndefined();
    expect(stepPlace(board, 'filing', 'next-bucket')).toBeUndefined();
  });

  it('renumbers both buckets after a move across', () => {
    const moved = apply(tasks, 'invoice', { bucket: 'important', index: 0 });
    expect(titles(toBoard(moved))).toEqual({ urgent: ['call'], important: ['invoice', 'deck'], later: ['filing'] });
    expect(moved.find((t) => t.id === 'call')!.order).toBe(0);
  });

  it('keeps every task exactly once, and the moved one where it was put', () => {
    const arbitraryTasks = fc
      .array(fc.tuple(fc.constantFrom(...buckets), fc.nat(20)), { minLength: 1, maxLength: 12 })
      .map((rows) => rows.map(([bucket, order], i) => task(`t${i}`, bucket, order, { createdAt: i })));
    fc.assert(
      fc.property(arbitraryTasks, fc.nat(), fc.constantFrom(...buckets), fc.nat(15), (all, pick, bucket, index) => {
        const id = all[pick % all.length]!.id;
        const from = all.find((t) => t.id === id)!.bucket;
        const after = toBoard(apply(all, id, { bucket, index }));
        const ids = buckets.flatMap((b) => after[b].map((t) => t.id)).sort();
        expect(ids).toEqual(all.map((t) => t.id).sort());
        expect(after[bucket].findIndex((t) => t.id === id)).toBe(Math.min(index, after[bucket].length - 1));
        for (const b of [from, bucket]) expect(after[b].map((t) => t.order)).toEqual(after[b].map((_, i) => i));
      }),
    );
  });
});
