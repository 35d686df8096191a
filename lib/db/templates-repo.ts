import { defaultTemplates, isDefaultTemplateId } from '@/lib/templates/defaults';
import {
  storedTemplateSchema,
  templateUsageSchema,
  type StoredTemplate,
  type TemplateDraft,
  type TemplateEntry,
  type TemplateList,
} from '@/lib/templates/stored-template';
import type { Template } from '@/lib/templates/template-schema';
import { describeTemplateProblems, findTemplateProblems } from '@/lib/templates/validate';
import type { GetDb } from './open-db';
import { checkedRecord, parseEach } from './records';

export function createTemplatesRepo(getDb: GetDb, now: () => number = Date.now) {
  return {
    /** The defaults, with the user's edits and deletions applied, then the user's own templates. */
    async list(): Promise<TemplateList> {
      const db = await getDb();
      const tx = db.transaction(['templates', 'templateUsage'], 'readonly');
      const [records, usageKeys, usageValues] = await Promise.all([
        tx.objectStore('templates').getAll(),
        tx.objectStore('templateUsage').getAllKeys(),
        tx.objectStore('templateUsage').getAll(),
      ]);
      const { readable, unreadable } = parseEach(storedTemplateSchema, records, 'template');
      const stored = new Map<string, StoredTemplate>(readable.map((record) => [record.id, record]));
      const usage = new Map<string, number>();
      usageKeys.forEach((key, i) => {
        const parsed = templateUsageSchema.safeParse(usageValues[i]);
        if (parsed.success) usage.set(key, parsed.data.count);
      });

      const entry = (template: Template, origin: TemplateEntry['origin']): TemplateEntry => ({
        ...template,
        origin,
        usage: usage.get(template.id) ?? 0,
      });
      const templates: TemplateEntry[] = [];
      const deletedDefaults: TemplateList['deletedDefaults'] = [];
      for (const template of defaultTemplates) {
        const record = stored.get(template.id);
        if (!record) templates.push(entry(template, 'default'));
        else if (!record.deleted) templates.push(entry(record.template, 'edited-default'));
        else deletedDefaults.push({ id: template.id, name: template.name, language: template.language });
      }
      for (const record of stored.values()) {
        if (!record.deleted && !isDefaultTemplateId(record.id)) templates.push(entry(record.template, 'custom'));
      }
      return { templates, deletedDefaults, unreadable };
    },

    /** Saves a template after checking its syntax; a new one gets its id here. */
    async save(draft: TemplateDraft): Promise<Template> {
      const template: Template = { ...draft, id: draft.id ?? `custom-${crypto.randomUUID()}` };
      const problems = findTemplateProblems(template);
      if (problems.length > 0) {
        throw new Error(`Template "${template.name}" was not saved:\n${describeTemplateProblems(problems)}`);
      }
      const record = checkedRecord(
        storedTemplateSchema,
        { id: template.id, deleted: false, template, updatedAt: now() },
        `template "${template.name}"`,
      );
      const db = await getDb();
      await db.put('templates', record);
      return template;
    },

    /** A default leaves a tombstone (so "restore" can bring it back); a custom one is gone. */
    async remove(id: string): Promise<void> {
      const db = await getDb();
      const tx = db.transaction(['templates', 'templateUsage'], 'readwrite');
      if (isDefaultTemplateId(id)) {
        const tombstone = { id, deleted: true, updatedAt: now() };
        await tx.objectStore('templates').put(checkedRecord(storedTemplateSchema, tombstone, `template "${id}"`));
      } else {
        await tx.objectStore('templates').delete(id);
        await tx.objectStore('templateUsage').delete(id);
      }
      await tx.done;
    },

    /** Brings a default back as shipped, whether it was edited or deleted. */
    async restoreDefault(id: string): Promise<Template> {
      const template = defaultTemplates.find((t) => t.id === id);
      if (!template) throw new Error(`"${id}" is not one of Leeway's default templates`);
      const db = await getDb();
      await db.delete('templates', id);
      return template;
    },

    async recordUse(id: string): Promise<number> {
      const db = await getDb();
      const tx = db.transaction('templateUsage', 'readwrite');
      const previous = templateUsageSchema.safeParse(await tx.store.get(id));
      const count = (previous.success ? previous.data.count : 0) + 1;
      await tx.store.put(checkedRecord(templateUsageSchema, { count, lastUsedAt: now() }, `use of "${id}"`), id);
      await tx.done;
      return count;
    },
  };
}
export type TemplatesRepo = ReturnType<typeof createTemplatesRepo>;
