/** Urgent, important but not urgent, can wait: the first article's three piles. */
export const buckets = ['urgent', 'important', 'later'] as const;
export type Bucket = (typeof buckets)[number];

export type { Task, TaskInput, TaskThread } from './task-schema';
