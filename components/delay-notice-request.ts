import type { PickerRequest } from './template-picker';
import type { DelayNotice } from './unexpected-flow';

/**
 * What the template picker opens for a delay notice (or an "I'm out" message). With a thread,
 * a reply in it, once it is on screen; with none, a new email, to the client when their address
 * is known, else to no one yet: never the thread that happens to be open, whose sender may be
 * anyone (a task whose client was merged away has no address left).
 */
export function delayNoticeRequest(notice: DelayNotice): PickerRequest {
  return {
    kind: 'open',
    category: notice.template?.category ?? 'delay',
    values: notice.template?.values ?? { task: notice.taskTitle, deadline: notice.newDate },
    ...(!notice.thread && {
      newDraft: true,
      to: notice.to ?? { person: { name: notice.clientName, email: '' } },
    }),
  };
}
