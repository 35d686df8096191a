import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHandlers } from '@/lib/background/register-handlers';
import { createDbConnection } from '@/lib/db/open-db';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { createTemplatesRepo } from '@/lib/db/templates-repo';
import { createClientsRepo } from '@/lib/db/clients-repo';
import { createTasksRepo } from '@/lib/db/tasks-repo';
import { createCalendarDaysRepo } from '@/lib/db/calendar-days-repo';
import { createMorningRepo } from '@/lib/db/morning-repo';
import { createIncidentsRepo } from '@/lib/db/incidents-repo';
import { defaultSettings } from '@/lib/settings/settings';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  const getDb = createDbConnection();
  registerHandlers({
    settings: createSettingsRepo(getDb),
    templates: createTemplatesRepo(getDb),
    clients: createClientsRepo(getDb),
    tasks: createTasksRepo(getDb),
    calendarDays: createCalendarDaysRepo(getDb),
    morning: createMorningRepo(getDb),
    incidents: createIncidentsRepo(getDb),
  });
});
afterEach(() => removeAllListeners());

describe('the background protocol', () => {
  it('saves and reads settings', async () => {
    expect(await sendMessage('getSettings', undefined)).toEqual(defaultSettings);
    expect(await sendMessage('updateSettings', { sidebarCollapsed: true })).toEqual({
      ...defaultSettings,
      sidebarCollapsed: true,
    });
    expect(await sendMessage('getSettings', undefined)).toEqual({ ...defaultSettings, sidebarCollapsed: true });
  });

  it.each([
    ['a wrong type', { sidebarCollapsed: 'yes' }, 'expected boolean, received string'],
    ['an unknown key', { sidebarCollapsed: true, theme: 'dark' }, 'Unrecognized key: "theme"'],
    ['a non-object', 42, 'expected object, received number'],
    ['null', null, 'expected object, received null'],
  ])('refuses %s with a clear error and stores nothing', async (_, payload, problem) => {
    const send = sendMessage as (type: 'updateSettings', data: unknown) => Promise<unknown>;
    const error = await send('updateSettings', payload).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('Invalid "updateSettings" message');
    expect((error as Error).message).toContain(problem);
    expect(await sendMessage('getSettings', undefined)).toEqual(defaultSettings);
  });

  it('refuses a payload on a message that takes none', async () => {
    const send = sendMessage as (type: 'getSettings', data: unknown) => Promise<unknown>;
    await expect(send('getSettings', { all: true })).rejects.toThrow('Invalid "getSettings" message');
  });
});
