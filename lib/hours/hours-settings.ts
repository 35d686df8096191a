// What the user sets about tracked time; plain types, as the content scripts receive the
// settings (the zod schema is in lib/settings/settings-schema.ts).

/** A client's retainer: hours a week, a month, or both; null where the user set none. */
export interface ClientLimit {
  weekHours: number | null;
  monthHours: number | null;
}

export interface HoursSettings {
  /** All clients together, per week; null for no limit. */
  weekHours: number | null;
  /** A limit is "near" from this share of it (0.8 = 80%). */
  nearShare: number;
  /** Limits by client id. */
  byClient: Record<string, ClientLimit>;
  /** Out-of-hours work for one client this many times within this many days suggests the warning sign. */
  recurrence: { times: number; days: number };
  /** A break reminder after this many minutes of tracked work; null for none. */
  breakMinutes: number | null;
  /** No Leeway tab in focus for this many minutes while a timer runs is a gap offered for discarding; null for never. */
  idleMinutes: number | null;
}

export const defaultHoursSettings: HoursSettings = {
  weekHours: null,
  nearShare: 0.8,
  byClient: {},
  recurrence: { times: 3, days: 14 },
  breakMinutes: 90,
  idleMinutes: 10,
};
