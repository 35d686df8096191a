import { describe, expect, it } from 'vitest';
import { delayNoticeRequest } from '@/components/delay-notice-request';

const thread = { threadId: '18c2a4f0e1b2c3d4', accountPath: '/mail/u/0/', subject: 'Invoices' };

describe('the picker request of a delay notice', () => {
  it('answers in the thread when the notice has one', () => {
    const request = delayNoticeRequest({ clientName: 'Claire', taskTitle: 'Invoices', newDate: '2026-12-03', thread });
    expect(request).toEqual({
      kind: 'open',
      category: 'delay',
      values: { task: 'Invoices', deadline: '2026-12-03' },
    });
  });

  it('writes a new email to the client known from an event', () => {
    const to = { person: { name: 'Claire Martin', email: 'claire@example.com' } };
    const request = delayNoticeRequest({
      clientName: 'Claire Martin',
      taskTitle: 'Weekly call',
      newDate: '2026-12-03',
      to,
      template: { category: 'interruption', values: { backBy: '2026-12-03' } },
    });
    expect(request).toMatchObject({ category: 'interruption', newDraft: true, to });
  });

  it('never lands in the thread on screen when the client has no thread and no address', () => {
    // A task whose client was merged away: no thread, and no address left to write to.
    const request = delayNoticeRequest({ clientName: 'Claire', taskTitle: 'Invoices', newDate: '2026-12-03' });
    expect(request).toMatchObject({ newDraft: true, to: { person: { name: 'Claire', email: '' } } });
  });
});
