import { useCallback } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { Task } from '@/lib/tasks/task';
import { useBackgroundData } from './use-background-data';

export interface TasksState {
  tasks?: Task[];
  error?: string;
  reload(): Promise<void>;
  /** Runs a change through the background, then shows the stored result (or says what failed). */
  run(change: () => Promise<unknown>): Promise<boolean>;
}

const listTasks = () => sendMessage('listTasks', undefined);

/** Every task, from the background, kept current when another view or tab changes one. */
export function useTasks(): TasksState {
  const { data, error, reload, fail } = useBackgroundData(listTasks, { stores: ['tasks'] });
  const run = useCallback(
    async (change: () => Promise<unknown>) => {
      try {
        await change();
      } catch (err) {
        fail(err);
        return false;
      }
      await reload();
      return true;
    },
    [reload, fail],
  );
  return { tasks: data, error, reload, run };
}
