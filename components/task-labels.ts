import type { MessageKey } from '@/lib/i18n';
import type { Bucket } from '@/lib/tasks/task';

export const bucketLabelKey: Record<Bucket, MessageKey> = {
  urgent: 'bucketUrgent',
  important: 'bucketImportant',
  later: 'bucketLater',
};
