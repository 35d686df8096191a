import { describe, expect, it } from 'vitest';
import type { Client } from '@/lib/clients/client-schema';
import { backOn, clientEventsIn, clientsAffected, daysBetween, withDaysOff } from '@/lib/tasks/out-days';
import type { Task } from '@/lib/tasks/task';

const task = (id: string, fields: Partial<Task>): Task => ({
  id,
  title: id,
  bucket: 'important',
  estimateMinutes: 30,
  note: '',
  order: 0,
  done: false,
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});
const thread = { threadId: '19a36435ce2f0ff3', subject: 'Q4', accountPath: '/mail/u/0/' };

describe("I'm out", () => {
  it('lists the days, across a month end, and refuses a range backwards or over 31 days', () => {
    expect(daysBetween('2026-11-30', '2026-12-02')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysBetween('2026-12-01', '2026-12-01')).toEqual(['2026-12-01']);
    expect(daysBetween('2026-12-02', '2026-12-01')).toBeNull();
    expect(daysBetween('2026-12-01', '2026-12-31')).toHaveLength(31);
    expect(daysBetween('2026-12-01', '2027-01-01')).toBeNull();
  });

  it('adds the days to the days off once each', () => {
    expect(withDaysOff(['2026-12-24', '2026-12-01'], ['2026-12-01', '2026-12-02'])).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-24',
    ]);
  });

  it('is back on the next working day', () => {
    const week = { workDays: [1, 2, 3, 4, 5], daysOff: ['2026-12-07'] };
    // Friday 4 December: back on Tuesday 8 (the weekend, then Monday 7 off).
    expect(backOn('2026-12-04', week)).toBe('2026-12-08');
    expect(backOn('2026-12-01', week)).toBe('2026-12-02');
  });

  it('finds each client with an open task due or planned in the days, the soonest first', () => {
    const tasks = [
      task('mark-later', { clientId: 'mark', due: '2026-12-03' }),
      task('mark-first', { clientId: 'mark', due: '2026-12-01', thread }),
      task('ann-planned', { clientId: 'ann', due: '2026-12-10', plannedFor: '2026-12-02' }),
      task('done', { clientId: 'zoe', due: '2026-12-01', done: true }),
      task('no-client', { due: '2026-12-01' }),
      task('outside', { clientId: 'leo', due: '2026-12-05' }),
      task('no-date', { clientId: 'max' }),
    ];
    const affected = clientsAffected(tasks, [], '2026-12-01', '2026-12-03');
    expect(affected.map((each) => [each.clientId, each.tasks.map((t) => t.id)])).toEqual([
      ['mark', ['mark-first', 'mark-later']],
      ['ann', ['ann-planned']],
    ]);
    expect(affected[0]!.thread).toEqual(thread);
    expect(affected[1]!.thread).toBeUndefined();
  });

  const client = (id: string, name: string, addresses: string[] = []): Client => ({
    id,
    name,
    status: 'active',
    addresses,
    domains: [],
    createdAt: 0,
    updatedAt: 0,
  });
  const at = (d: number, h: number) => new Date(2026, 11, d, h).getTime();
  const event = (d: number, h: number, title: string) => ({ title, start: at(d, h), end: at(d, h + 1) });

  it("ties to a client each event of the days whose title holds the client's name or address", () => {
    const clients = [client('reyes', 'Reyes Consulting'), client('ann', 'Ann Lee', ['ann@lee-studio.com'])];
    const days = [
      { day: '2026-11-30', events: [event(30, 9, 'Reyes Consulting – before')] },
      {
        day: '2026-12-01',
        events: [
          event(1, 14, 'Invoices – Reyes Consulting'),
          event(1, 9, 'Sync ann@lee-studio.com'),
          event(1, 11, 'Dentist'),
          // "Ann" alone is not Ann Lee: no client, as for a timer started from the event.
          event(1, 16, 'Call Ann'),
        ],
      },
      { day: '2026-12-02', events: [event(2, 10, 'Reyes Consulting weekly')] },
      { day: '2026-12-04', events: [event(4, 10, 'Reyes Consulting – after')] },
    ];
    expect(clientEventsIn(days, clients, '2026-12-01', '2026-12-02')).toEqual([
      { clientId: 'ann', day: '2026-12-01', ...event(1, 9, 'Sync ann@lee-studio.com') },
      { clientId: 'reyes', day: '2026-12-01', ...event(1, 14, 'Invoices – Reyes Consulting') },
      { clientId: 'reyes', day: '2026-12-02', ...event(2, 10, 'Reyes Consulting weekly') },
    ]);
    expect(clientEventsIn(days, [], '2026-11-01', '2026-12-31')).toEqual([]);
  });

  it('lists a client with only an event once, beside those with tasks, by their first day', () => {
    const tasks = [
      task('mark-deck', { clientId: 'mark', due: '2026-12-02', thread }),
      task('reyes-invoice', { clientId: 'reyes', due: '2026-12-03' }),
    ];
    const events = [
      { clientId: 'reyes', day: '2026-12-01', ...event(1, 14, 'Invoices – Reyes Consulting') },
      { clientId: 'zoe', day: '2026-12-02', ...event(2, 9, 'Zoe kick-off') },
      { clientId: 'zoe', day: '2026-12-02', ...event(2, 15, 'Zoe review') },
      { clientId: 'leo', day: '2026-12-09', ...event(9, 9, 'Leo, next week') },
    ];
    const affected = clientsAffected(tasks, events, '2026-12-01', '2026-12-03');
    expect(
      affected.map((each) => [each.clientId, each.tasks.map((t) => t.id), each.events.map((e) => e.title)]),
    ).toEqual([
      ['reyes', ['reyes-invoice'], ['Invoices – Reyes Consulting']],
      ['mark', ['mark-deck'], []],
      ['zoe', [], ['Zoe kick-off', 'Zoe review']],
    ]);
    // Known only from Calendar: no thread to answer in.
    expect(affected.map((each) => each.thread)).toEqual([undefined, thread, undefined]);
  });
});
