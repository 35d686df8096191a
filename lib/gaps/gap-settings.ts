import type { GapSettings } from '@/lib/settings/settings-schema';

export type { GapSettings, TimeOfDay } from '@/lib/settings/settings-schema';

export const defaultGapSettings: GapSettings = {
  workHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '18:00' })),
  lunch: { start: '12:30', end: '13:30' },
  minBufferMinutes: 30,
  backToBackMinutes: 180,
  targetFreeShare: 0.2,
  colors: { buffer: '#0072b2', short: '#e69f00' },
};
