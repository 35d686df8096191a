import { z } from 'zod';
import type { Template } from './template-schema';
import { templateSchema } from './template-schema';

/** A template record as stored: a saved template, or the tombstone of a deleted default. */
export const storedTemplateSchema = z.discriminatedUnion('deleted', [
  z.strictObject({ id: z.string(), deleted: z.literal(false), template: templateSchema, updatedAt: z.number() }),
  z.strictObject({ id: z.string(), deleted: z.literal(true), updatedAt: z.number() }),
]);
export type StoredTemplate = z.infer<typeof storedTemplateSchema>;

export const templateUsageSchema = z.strictObject({ count: z.number().int().nonnegative(), lastUsedAt: z.number() });

/** A template as the pages see it: where it comes from and how often it was used. */
export type TemplateEntry = z.infer<typeof templateSchema> & {
  origin: 'default' | 'edited-default' | 'custom';
  usage: number;
};

export interface TemplateList {
  templates: TemplateEntry[];
  /** Defaults the user deleted, which "restore" brings back. */
  deletedDefaults: Array<Pick<Template, 'id' | 'name' | 'language'>>;
  /** Records that could not be read, described; they are left as they are in the database. */
  unreadable: string[];
}

/** A template to save: a new one has no id yet. */
export const templateDraftSchema = templateSchema.extend({ id: templateSchema.shape.id.optional() });
export type TemplateDraft = z.infer<typeof templateDraftSchema>;
