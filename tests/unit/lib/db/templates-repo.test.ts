import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDbConnection, openLeewayDb } from '@/lib/db/open-db';
import { createTemplatesRepo } from '@/lib/db/templates-repo';
import { defaultTemplates } from '@/lib/templates/defaults';
import type { TemplateDraft } from '@/lib/templates/stored-template';

let repo: ReturnType<typeof createTemplatesRepo>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  repo = createTemplatesRepo(createDbConnection());
});

const draft: TemplateDraft = {
  name: 'Invoice reminder',
  category: 'other',
  language: 'en',
  subject: 'Invoice {{number}}',
  body: 'Hi {{client.firstName}},\nA gentle reminder about invoice {{number}}.',
  fields: [{ id: 'number', label: 'Invoice number', kind: 'text', default: '' }],
};

describe('the templates repository', () => {
  it('lists the defaults, unused, before anything is saved', async () => {
    const { templates, unreadable } = await repo.list();
    expect(templates.map((t) => t.id)).toEqual(defaultTemplates.map((t) => t.id));
    expect(templates.every((t) => t.origin === 'default' && t.usage === 0)).toBe(true);
    expect(unreadable).toEqual([]);
  });

  it('saves a new template with a fresh id and lists it after the defaults', async () => {
    const saved = await repo.save(draft);
    expect(saved.id).toMatch(/^custom-[0-9a-f-]{36}$/);
    const { templates } = await repo.list();
    expect(templates.at(-1)).toEqual({ ...draft, id: saved.id, origin: 'custom', usage: 0 });
  });

  it('refuses a template with an unknown variable, naming it and its line, and stores nothing', async () => {
    const broken = { ...draft, body: 'Hi {{client.firstName}},\n\nSee {{invoice}}.' };
    await expect(repo.save(broken)).rejects.toThrow(
      'Template "Invoice reminder" was not saved:\nbody line 3, column 5: unknown variable {{invoice}}',
    );
    expect((await repo.list()).templates).toHaveLength(defaultTemplates.length);
  });

  it('edits a default, then restores it as shipped', async () => {
    const original = defaultTemplates[0]!;
    await repo.save({ ...original, body: 'Short and sweet, {{client.firstName}}.' });
    let listed = (await repo.list()).templates.find((t) => t.id === original.id)!;
    expect(listed).toMatchObject({ origin: 'edited-default', body: 'Short and sweet, {{client.firstName}}.' });

    expect(await repo.restoreDefault(original.id)).toEqual(original);
    listed = (await repo.list()).templates.find((t) => t.id === original.id)!;
    expect(listed).toEqual({ ...original, origin: 'default', usage: 0 });
  });

  it('deletes a default until it is restored, and a custom template for good', async () => {
    const id = defaultTemplates[1]!.id;
    await repo.remove(id);
    const afterDelete = await repo.list();
    expect(afterDelete.templates.some((t) => t.id === id)).toBe(false);
    expect(afterDelete.deletedDefaults).toEqual([{ id, name: defaultTemplates[1]!.name, language: 'en' }]);
    await repo.restoreDefault(id);
    expect((await repo.list()).templates.some((t) => t.id === id)).toBe(true);

    const custom = await repo.save(draft);
    await repo.remove(custom.id);
    expect((await repo.list()).templates.some((t) => t.id === custom.id)).toBe(false);
    await expect(repo.restoreDefault(custom.id)).rejects.toThrow('is not one of Leeway');
  });

  it('counts uses', async () => {
    const id = defaultTemplates[0]!.id;
    expect(await repo.recordUse(id)).toBe(1);
    expect(await repo.recordUse(id)).toBe(2);
    expect((await repo.list()).templates.find((t) => t.id === id)!.usage).toBe(2);
  });

  it('reports an unreadable record, keeps listing the others, and leaves the record untouched', async () => {
    const db = await openLeewayDb();
    await db.put('templates', { id: 'custom-bad', deleted: false, template: { name: 42 }, updatedAt: 1 });
    db.close();
    const { templates, unreadable } = await repo.list();
    expect(templates).toHaveLength(defaultTemplates.length);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toContain('template "custom-bad"');
    const again = await openLeewayDb();
    expect(await again.get('templates', 'custom-bad')).toMatchObject({ template: { name: 42 } });
    again.close();
  });
});

describe('validate before every write', () => {
  it('refuses to save a template its stored schema would not read back, and stores nothing', async () => {
    const tooLong = { ...draft, name: 'x'.repeat(121) };
    await expect(repo.save(tooLong)).rejects.toThrow(/Leeway did not save template ".*": .*name/s);
    const { templates, unreadable } = await repo.list();
    expect(templates).toHaveLength(defaultTemplates.length);
    expect(unreadable).toEqual([]);
  });
});
