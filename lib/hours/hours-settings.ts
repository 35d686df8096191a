import type { HoursSettings } from '@/lib/settings/settings-schema';

export type { ClientLimit, HoursSettings } from '@/lib/settings/settings-schema';

export const defaultHoursSettings: HoursSettings = {
  weekHours: null,
  nearShare: 0.8,
  byClient: {},
  recurrence: { times: 3, days: 14 },
};
