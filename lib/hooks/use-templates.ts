import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from './use-data-change';
import type { TemplateList } from '@/lib/templates/stored-template';

export interface TemplatesState {
  list?: TemplateList;
  error?: string;
  reload(): Promise<void>;
}

/** The template library, from the background. */
export function useTemplates(): TemplatesState {
  const [list, setList] = useState<TemplateList>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      setList(await sendMessage('listTemplates', undefined));
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);
  // Edited on the options page, or in another view: every open list follows.
  useDataChange('templates', () => void reload());

  return { list, error, reload };
}
