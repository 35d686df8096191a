import { buckets, type Bucket, type Task } from './task';

/** Where a task sits: its bucket and its index among that bucket's open tasks. */
export interface Place {
  bucket: Bucket;
  index: number;
}

export type Board = Record<Bucket, Task[]>;

/** Open tasks by bucket, each bucket in its own order (ties: oldest first). */
export function toBoard(tasks: Task[]): Board {
  const board: Board = { urgent: [], important: [], later: [] };
  for (const task of tasks) if (!task.done) board[task.bucket].push(task);
  for (const bucket of buckets) board[bucket].sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
  return board;
}

/** The order a new task takes: last of its bucket. */
export const nextOrder = (tasks: Task[], bucket: Bucket): number =>
  tasks.reduce((max, task) => (task.bucket === bucket ? Math.max(max, task.order + 1) : max), 0);

export type Step = 'up' | 'down' | 'previous-bucket' | 'next-bucket';

/**
 * Where one step takes a task: up and down inside its bucket, or to the end of the bucket
 * before or after it. Undefined at an edge. Keys and buttons both go through here.
 */
export function stepPlace(board: Board, id: string, step: Step): Place | undefined {
  const from = placeOf(board, id);
  if (!from) return undefined;
  const size = board[from.bucket].length;
  if (step === 'up') return from.index > 0 ? { ...from, index: from.index - 1 } : undefined;
  if (step === 'down') return from.index < size - 1 ? { ...from, index: from.index + 1 } : undefined;
  const target = buckets[buckets.indexOf(from.bucket) + (step === 'next-bucket' ? 1 : -1)];
  return target ? { bucket: target, index: board[target].length } : undefined;
}

export function placeOf(board: Board, id: string): Place | undefined {
  for (const bucket of buckets) {
    const index = board[bucket].findIndex((task) => task.id === id);
    if (index >= 0) return { bucket, index };
  }
  return undefined;
}

/** A task's new bucket and order, as the store records it. */
export interface Placement {
  id: string;
  bucket: Bucket;
  order: number;
}

/**
 * Moves a task to `to` (index clamped to the bucket) and numbers both buckets again from 0:
 * returns only the tasks whose bucket or order changed. Drag and drop, buttons and keys share it.
 */
export function moveTask(board: Board, id: string, to: Place): Placement[] {
  const from = placeOf(board, id);
  if (!from) throw new Error(`No open task "${id}"`);
  const next: Board = { urgent: [...board.urgent], important: [...board.important], later: [...board.later] };
  const [task] = next[from.bucket].splice(from.index, 1);
  const target = next[to.bucket];
  target.splice(Math.max(0, Math.min(to.index, target.length)), 0, task!);
  const changes: Placement[] = [];
  for (const bucket of new Set([from.bucket, to.bucket]))
    next[bucket].forEach((each, order) => {
      if (each.bucket !== bucket || each.order !== order) changes.push({ id: each.id, bucket, order });
    });
  return changes;
}
