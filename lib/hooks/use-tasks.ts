import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { Task } from '@/lib/tasks/task';
import { useDataChange } from './use-data-change';

export interface TasksState {
  tasks?: Task[];
  error?: string;
  reload(): Promise<void>;
  /** Runs a change through the background, then shows the stored result (or says what failed). */
  run(change: () => Promise<unknown>): Promise<boolean>;
}

/** Every task, from the background, kept current when another view or tab changes one. */
export function useTasks(): TasksState {
  const [tasks, setTasks] = useState<Task[]>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      setTasks(await sendMessage('listTasks', undefined));
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);

  const run = useCallback(
    async (change: () => Promise<unknown>) => {
      try {
        await change();
        await reload();
        return true;
      } catch (err) {
        setError((err as Error).message);
        return false;
      }
    },
    [reload],
  );

  useEffect(() => void reload(), [reload]);
  useDataChange('tasks', () => void reload());

  return { tasks, error, reload, run };
}
