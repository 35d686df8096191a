import { z } from 'zod';
import { moveTask, nextOrder, toBoard, type Place } from '@/lib/tasks/board';
import { taskSchema, type Task, type TaskInput } from '@/lib/tasks/task-schema';
import type { IDBPTransaction } from 'idb';
import type { GetDb } from './open-db';
import type { LeewayDB } from './schema';

type Tx = IDBPTransaction<LeewayDB, ['tasks'], 'readwrite'>;

/** A new date for a task that gave way; its due date follows when it would pass. */
export interface Reschedule {
  id: string;
  newDate: string;
}

function parseTask(record: unknown): Task {
  const parsed = taskSchema.safeParse(record);
  if (!parsed.success) {
    const id = (record as { id?: unknown } | undefined)?.id;
    throw new Error(`Stored task "${String(id)}" is unreadable: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Tasks that fail their schema stay in the database and out of the lists. */
const readable = (records: unknown[]): Task[] =>
  records.flatMap((record) => {
    const parsed = taskSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });

async function getIn(tx: Tx, id: string): Promise<Task> {
  const record = await tx.objectStore('tasks').get(id);
  if (!record) throw new Error(`No task "${id}"`);
  return parseTask(record);
}

export function createTasksRepo(getDb: GetDb, now: () => Date = () => new Date()) {
  const write = async (): Promise<Tx> => (await getDb()).transaction(['tasks'], 'readwrite');

  /** Reads one task, changes it, checks the result against the schema and stores it. */
  async function change(id: string, edit: (task: Task, at: number) => Partial<Task>): Promise<Task> {
    const tx = await write();
    const task = await getIn(tx, id);
    const at = now().getTime();
    const next = taskSchema.parse({ ...task, ...edit(task, at), updatedAt: at });
    await tx.objectStore('tasks').put(next);
    await tx.done;
    return next;
  }

  return {
    async list(): Promise<Task[]> {
      return readable(await (await getDb()).getAll('tasks'));
    },

    /** A new task, last of its bucket. */
    async create(input: TaskInput): Promise<Task> {
      const tx = await write();
      const store = tx.objectStore('tasks');
      const at = now().getTime();
      const task = taskSchema.parse({
        ...input,
        id: `task-${crypto.randomUUID()}`,
        order: nextOrder(readable(await store.getAll()), input.bucket),
        done: false,
        createdAt: at,
        updatedAt: at,
      });
      await store.put(task);
      await tx.done;
      return task;
    },

    /** Replaces what the user edits; a change of bucket puts it last of the new one. */
    async update(id: string, input: TaskInput): Promise<Task> {
      const tx = await write();
      const store = tx.objectStore('tasks');
      const task = await getIn(tx, id);
      const at = now().getTime();
      const order = input.bucket === task.bucket ? task.order : nextOrder(readable(await store.getAll()), input.bucket);
      const { clientId, due, thread, ...rest } = input;
      const next = taskSchema.parse({ ...task, clientId, due, thread, ...rest, order, updatedAt: at });
      await store.put(next);
      await tx.done;
      return next;
    },

    setDone(id: string, done: boolean): Promise<Task> {
      return change(id, (_, at) => ({ done, doneAt: done ? at : undefined }));
    },

    /** Moves a task among the open ones and renumbers the buckets it left and joined. */
    async move(id: string, to: Place): Promise<Task[]> {
      const tx = await write();
      const store = tx.objectStore('tasks');
      const all = readable(await store.getAll());
      const at = now().getTime();
      const byId = new Map(all.map((task) => [task.id, task]));
      const moved = moveTask(toBoard(all), id, to).map((placement) =>
        taskSchema.parse({ ...byId.get(placement.id), ...placement, updatedAt: at }),
      );
      for (const task of moved) await store.put(task);
      await tx.done;
      return moved;
    },

    /** Pushes tasks that gave way to their new date; a due date it would pass moves with it. */
    async reschedule(moves: Reschedule[]): Promise<Task[]> {
      const tx = await write();
      const at = now().getTime();
      const result: Task[] = [];
      for (const { id, newDate } of moves) {
        const task = await getIn(tx, id);
        const due = task.due && task.due < newDate ? newDate : task.due;
        result.push(taskSchema.parse({ ...task, plannedFor: newDate, due, movedAt: at, updatedAt: at }));
      }
      for (const task of result) await tx.objectStore('tasks').put(task);
      await tx.done;
      return result;
    },

    /** Deletes a task and hands it back, so that "undo" can put it back as it was. */
    async remove(id: string): Promise<Task> {
      const tx = await write();
      const task = await getIn(tx, id);
      await tx.objectStore('tasks').delete(id);
      await tx.done;
      return task;
    },

    /** Puts back a task deleted a moment ago, unless one with its id exists again. */
    async restore(task: Task): Promise<Task> {
      const tx = await write();
      const store = tx.objectStore('tasks');
      if (await store.get(task.id)) throw new Error(`Task "${task.id}" is already there`);
      const restored = taskSchema.parse(task);
      await store.put(restored);
      await tx.done;
      return restored;
    },
  };
}
export type TasksRepo = ReturnType<typeof createTasksRepo>;
