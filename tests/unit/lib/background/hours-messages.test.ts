import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
