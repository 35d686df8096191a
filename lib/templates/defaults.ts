import { defaultTemplatesEn } from './defaults-en';
import { defaultTemplatesFr } from './defaults-fr';
import type { Template } from './template-schema';

/** Every default template, English then French; the user's edits are stored over them. */
export const defaultTemplates: readonly Template[] = [...defaultTemplatesEn, ...defaultTemplatesFr];

export const isDefaultTemplateId = (id: string): boolean => defaultTemplates.some((t) => t.id === id);
