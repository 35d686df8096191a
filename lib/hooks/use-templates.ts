import { sendMessage } from '@/lib/messaging';
import type { TemplateList } from '@/lib/templates/stored-template';
import { useBackgroundData } from './use-background-data';

export interface TemplatesState {
  list?: TemplateList;
  error?: string;
  reload(): Promise<void>;
}

const listTemplates = () => sendMessage('listTemplates', undefined);

/** The template library, from the background; edited on the options page or in another view, every open list follows. */
export function useTemplates(): TemplatesState {
  const { data, error, reload } = useBackgroundData(listTemplates, { stores: ['templates'] });
  return { list: data, error, reload };
}
