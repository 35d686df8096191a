import { describe, expect, it } from 'vitest';
import { freeShare, reviewWeek, warningSignsOf, weeklyReview } from '@/lib/review/weekly-review';
import type { Bucket, Task } from '@/lib/tasks/task';
import type { Incident } from '@/lib/incidents/incident-schema';

const at = (month: number, day: number, hour = 12) => new Date(2026, month - 1, day, hour).getTime();
const task = (id: string, bucket: Bucket, extra: Partial<Task>): Task => ({
  id,
  title: id,
  bucket,
  order: 0,
  estimateMinutes: 30,
  note: '',
  done: false,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
const incident = (date: string, extra: Partial<Incident> = {}): Incident => ({
  id: date,
  date,
  what: 'x',
  minutesLost: 30,
  overloaded: false,
  couldAnticipate: false,
  infoTooLate: false,
  change: '',
  taskIds: [],
  createdAt: 0,
  ...extra,
});

describe('the weekly review', () => {
  it('runs Monday to Sunday, across a month end and a year end', () => {
    // Wednesday 2 December 2026: the week began in November.
    expect(reviewWeek(new Date(2026, 11, 2), 0)).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    // A Sunday belongs to the week before it.
    expect(reviewWeek(new Date(2026, 11, 6, 23), 0)).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    expect(reviewWeek(new Date(2026, 11, 31), 0)).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
    expect(reviewWeek(new Date(2027, 0, 4), -1)).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('counts tasks done and moved in the week, per bucket, and leaves out the days around it', () => {
    const week = reviewWeek(new Date(2026, 11, 2), 0);
    const tasks = [
      task('sunday-before', 'urgent', { done: true, doneAt: at(11, 29, 23) }),
      task('monday-first-thing', 'urgent', { done: true, doneAt: at(11, 30, 0) }),
      task('sunday-night', 'later', { done: true, doneAt: at(12, 6, 23) }),
      task('next-monday', 'later', { done: true, doneAt: at(12, 7, 0) }),
      task('undone', 'important', { done: false, doneAt: undefined, movedAt: at(12, 1) }),
      task('moved-before', 'important', { movedAt: at(11, 27) }),
    ];
    const review = weeklyReview(week, tasks, []);
    expect(review.done).toEqual({ urgent: 1, important: 0, later: 1 });
    expect(review.moved).toEqual({ urgent: 0, important: 1, later: 0 });
  });

  it('counts incidents by cause and by client, with the time lost', () => {
    const week = reviewWeek(new Date(2026, 11, 31), 0);
    const review = weeklyReview(
      week,
      [],
      [
        incident('2026-12-27', { infoTooLate: true }),
        incident('2026-12-28', { clientId: 'mark', infoTooLate: true, minutesLost: 90 }),
        incident('2027-01-03', { clientId: 'mark', overloaded: true, infoTooLate: true }),
        incident('2027-01-02', { overloaded: true }),
        incident('2027-01-04', { clientId: 'mark' }),
      ],
    );
    expect(review.incidents).toBe(3);
    expect(review.minutesLost).toBe(150);
    expect(review.byCause).toEqual({ overloaded: 2, couldAnticipate: 0, infoTooLate: 2 });
    expect(review.byClient).toEqual([
      { clientId: 'mark', count: 2 },
      { clientId: '', count: 1 },
    ]);
  });
});

describe('the time kept free', () => {
  it('is the free share of the working time Calendar showed, none shown counting as none free', () => {
    expect(freeShare({ bookedMinutes: 1455, freeMinutes: 1545 })).toBeCloseTo(0.515);
    expect(freeShare({ bookedMinutes: 0, freeMinutes: 0 })).toBe(0);
  });
});

describe("the week's warning signs", () => {
  it('groups the flags by client, the most flagged client and the most seen sign first', () => {
    const flag = (clientId: string, signs: Array<'late-payment' | 'out-of-hours-demands'>) => ({
      id: `${clientId}-${signs.join()}`,
      clientId,
      signs,
      severity: 'medium' as const,
      note: '',
      thread: { subject: '' },
      at: 0,
      updatedAt: 0,
    });
    expect(
      warningSignsOf([
        flag('sofia', ['late-payment']),
        flag('mark', ['late-payment']),
        flag('mark', ['out-of-hours-demands', 'late-payment']),
      ]),
    ).toEqual([
      {
        clientId: 'mark',
        total: 2,
        signs: [
          { sign: 'late-payment', count: 2 },
          { sign: 'out-of-hours-demands', count: 1 },
        ],
      },
      { clientId: 'sofia', total: 1, signs: [{ sign: 'late-payment', count: 1 }] },
    ]);
  });
});
