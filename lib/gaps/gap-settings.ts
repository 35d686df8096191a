/** A time of day as "HH:MM" (24-hour). */
export type TimeOfDay = string;

export interface WorkHours {
  start: TimeOfDay;
  end: TimeOfDay;
}

/** How the user wants their days read: what counts as working time, a buffer, too much. */
export interface GapSettings {
  /** Working hours of each weekday, 0 = Sunday; used on the days the user works. */
  workHours: WorkHours[];
  /** A lunch break inside working hours, not counted as free or booked. */
  lunch: WorkHours | null;
  /** A free slot at least this long is a buffer; a shorter one is too short to absorb anything. */
  minBufferMinutes: number;
  /** Busy time with no buffer in between for longer than this is a back-to-back stretch. */
  backToBackMinutes: number;
  /** Share of working time to keep free (0.2 = keep 20% free). */
  targetFreeShare: number;
  /** Overlay colours, colour-blind safe by default (Okabe-Ito blue and orange). */
  colors: { buffer: string; short: string };
}

export const defaultGapSettings: GapSettings = {
  workHours: Array.from({ length: 7 }, () => ({ start: '09:00', end: '18:00' })),
  lunch: { start: '12:30', end: '13:30' },
  minBufferMinutes: 30,
  backToBackMinutes: 180,
  targetFreeShare: 0.2,
  colors: { buffer: '#0072b2', short: '#e69f00' },
};
