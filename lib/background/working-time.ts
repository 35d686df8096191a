import type { WorkingTime } from '@/lib/hours/out-of-hours';
import type { Settings } from '@/lib/settings/settings';

/** What decides out-of-hours time and when a break reminder may show: the working week and hours. */
export const workingTime = (settings: Settings): WorkingTime => ({
  workDays: settings.workDays,
  daysOff: settings.daysOff,
  workHours: settings.gaps.workHours,
});
