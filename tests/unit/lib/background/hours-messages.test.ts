import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepos } from '@/lib/db/repos';
import { registerHandlers } from '@/lib/background/register-handlers';
import { createDbConnection } from '@/lib/db/open-db';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  const getDb = createDbConnection();
  registerHandlers(createRepos(getDb));
});
afterEach(() => removeAllListeners());

const send = sendMessage as (type: string, data: unknown) => Promise<unknown>;
const ALL = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 1) + 400 * 86_400_000 };

describe('the timer messages', () => {
  it('start a timer with the name of its client and stop it (one under a second is dropped)', async () => {
    const card = await sendMessage('flagClient', {
      person: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
      thread: { subject: 'Q4' },
      flag: { signs: ['late-payment'], severity: 'low', note: '' },
    });
    const started = await sendMessage('startTimer', {
      details: { clientId: card.client.id, description: 'Q4', source: 'thread' },
    });
    expect(started.clientName).toBe('Mark Ellison');
    expect(await sendMessage('getTimer', undefined)).toEqual(started);
    await sendMessage('stopTimer', undefined);
    expect(await sendMessage('getTimer', undefined)).toBeNull();
  });

  it.each([
    ['an unknown key', 'startTimer', { details: { clientId: null, description: '', source: 'sidebar', x: 1 } }, 'x'],
    ['an unknown source', 'startTimer', { details: { clientId: null, description: '', source: 'phone' } }, 'source'],
    ['a page id Leeway did not draw', 'reportFocus', { page: 'gmail', focused: true }, 'page'],
    ['an answer that is not yes or no', 'answerBreak', { snooze: 'later' }, 'snooze'],
    ['a gap settled for no entry', 'settleIdleGap', { entryId: '', discard: true }, 'entryId'],
    ['a range of years', 'listTimeEntries', { start: ALL.start, end: ALL.end + 86_400_000 }, 'at most 400 days'],
    [
      'an end before the start',
      'addTimeEntry',
      { entry: { clientId: null, description: '', source: 'manual', start: ALL.start + 10, end: ALL.start } },
      'the end comes after the start',
    ],
  ])('refuse %s, saying what is wrong, and store nothing', async (_, message, payload, problem) => {
    const error = (await send(message, payload).catch((e: Error) => e)) as Error;
    expect(error.message).toContain(`Invalid "${message}" message`);
    expect(error.message).toContain(problem);
    expect(await sendMessage('getTimer', undefined)).toBeNull();
    expect(await sendMessage('listTimeEntries', { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) })).toEqual(
      [],
    );
  });
});

describe('the idle gap messages', () => {
  afterEach(() => vi.useRealTimers());
  const MIN = 60_000;
  const T0 = Date.UTC(2026, 10, 30, 9);
  const at = (minutes: number) => vi.setSystemTime(T0 + minutes * MIN);
  const gmail = crypto.randomUUID();
  const calendar = crypto.randomUUID();

  it('offer the time no Leeway page had the focus with the timer, and take it out when discarded', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
    const { entry } = await sendMessage('startTimer', {
      details: { clientId: null, description: 'Q4', source: 'sidebar' },
    });
    await sendMessage('reportFocus', { page: gmail, focused: true });
    at(5);
    await sendMessage('reportFocus', { page: gmail, focused: false });
    at(50);
    await sendMessage('reportFocus', { page: calendar, focused: true });
    expect((await sendMessage('getTimer', undefined))?.idleGap).toEqual({ start: T0 + 5 * MIN, end: T0 + 50 * MIN });

    at(51);
    await sendMessage('settleIdleGap', { entryId: entry.id, discard: true });
    const timer = await sendMessage('getTimer', undefined);
    expect(timer).toMatchObject({ idleGap: null, entry: { description: 'Q4', start: T0 + 50 * MIN, end: null } });
    expect(
      (await sendMessage('listTimeEntries', { start: T0, end: T0 + 60 * MIN })).map((e) => [e.start, e.end]),
    ).toEqual([
      [T0, T0 + 5 * MIN],
      [T0 + 50 * MIN, null],
    ]);
  });

  it('keep the entry whole when kept, and offer nothing for a short absence', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
    const { entry } = await sendMessage('startTimer', {
      details: { clientId: null, description: 'Q4', source: 'sidebar' },
    });
    await sendMessage('reportFocus', { page: gmail, focused: false });
    at(8);
    await sendMessage('reportFocus', { page: gmail, focused: true });
    expect((await sendMessage('getTimer', undefined))?.idleGap).toBeNull();
    await sendMessage('reportFocus', { page: gmail, focused: false });
    at(30);
    await sendMessage('reportFocus', { page: gmail, focused: true });
    expect((await sendMessage('getTimer', undefined))?.idleGap).toEqual({ start: T0 + 8 * MIN, end: T0 + 30 * MIN });
    await sendMessage('settleIdleGap', { entryId: entry.id, discard: false });
    expect(await sendMessage('getTimer', undefined)).toMatchObject({
      idleGap: null,
      entry: { id: entry.id, start: T0 },
    });
  });
});
