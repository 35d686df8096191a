import { defaultGapSettings } from '@/lib/gaps/gap-settings';
import { defaultHoursSettings } from '@/lib/hours/hours-settings';
import type { Settings } from './settings-schema';

export type { Settings, SettingsPatch } from './settings-schema';

export const defaultSettings: Settings = {
  sidebarCollapsed: false,
  sidebarWidth: 320,
  sidebarDocked: false,
  sidebarFoldWhileComposing: false,
  myName: '',
  signature: '',
  workDays: [1, 2, 3, 4, 5],
  daysOff: [],
  gaps: defaultGapSettings,
  backupReminderDays: 7,
  hours: defaultHoursSettings,
  syncEnabled: true,
  setupDone: false,
  languages: ['en', 'fr'],
};
