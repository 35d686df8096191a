import { addDays, addWeeks, format, isSameYear, nextDay, startOfDay, type Day } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { isWorkingDay, type WorkWeek } from '@/lib/work-week/working-day';
import type { TemplateLanguage } from './template';

// A week with no working day would never end the count: give up after ten years.
const MAX_DAYS_SCANNED = 3660;

/** `count` working days after `date` (before it when negative), skipping weekends and days off. */
export function addWorkingDays(date: Date, count: number, week: WorkWeek): Date {
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let day = startOfDay(date);
  for (let scanned = 0; remaining > 0 && scanned < MAX_DAYS_SCANNED; scanned++) {
    day = addDays(day, step);
    if (isWorkingDay(day, week)) remaining--;
  }
  return day;
}

const WEEKDAYS: Record<string, Day> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};
const UNITS: Record<string, 'day' | 'working day' | 'week'> = {
  day: 'day',
  days: 'day',
  jour: 'day',
  jours: 'day',
  'working day': 'working day',
  'working days': 'working day',
  'business day': 'working day',
  'business days': 'working day',
  'jour ouvré': 'working day',
  'jours ouvrés': 'working day',
  week: 'week',
  weeks: 'week',
  semaine: 'week',
  semaines: 'week',
};

export interface DateExpression {
  base: { kind: 'today' } | { kind: 'tomorrow' } | { kind: 'next'; weekday: Day };
  offset?: { amount: number; unit: 'day' | 'working day' | 'week' };
}

/**
 * Reads a date expression, in English or French: `today`, `tomorrow`, `next monday`, each
 * optionally followed by `+ 2 working days`, `- 1 week`, ... (`aujourd'hui + 2 jours ouvrés`,
 * `lundi prochain`). Undefined when the text is not one.
 */
export function parseDateExpression(text: string): DateExpression | undefined {
  const match = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .match(/^(.+?)(?: ?([+-]) ?(\d{1,3}) ?([a-zé ]+?))?$/);
  if (!match) return undefined;
  const [, baseText = '', sign, amount, unitText] = match;
  let base: DateExpression['base'] | undefined;
  if (baseText === 'today' || baseText === "aujourd'hui" || baseText === 'aujourd’hui') base = { kind: 'today' };
  else if (baseText === 'tomorrow' || baseText === 'demain') base = { kind: 'tomorrow' };
  else {
    const next = baseText.match(/^next (\w+)$/) ?? baseText.match(/^(\w+) prochain$/);
    const weekday = next && WEEKDAYS[next[1]!];
    if (weekday !== undefined && weekday !== null) base = { kind: 'next', weekday };
  }
  if (!base) return undefined;
  if (!sign) return { base };
  const unit = UNITS[unitText!.trim()];
  if (!unit) return undefined;
  return { base, offset: { amount: (sign === '-' ? -1 : 1) * Number(amount), unit } };
}

export function evaluateDateExpression(expression: DateExpression, today: Date, week: WorkWeek): Date {
  const start = startOfDay(today);
  const { base, offset } = expression;
  let date =
    base.kind === 'today' ? start : base.kind === 'tomorrow' ? addDays(start, 1) : nextDay(start, base.weekday);
  if (!offset) return date;
  if (offset.unit === 'day') date = addDays(date, offset.amount);
  else if (offset.unit === 'week') date = addWeeks(date, offset.amount);
  else date = addWorkingDays(date, offset.amount, week);
  return date;
}

const DATE_FORMATS: Record<TemplateLanguage, { locale: typeof enUS; sameYear: string; otherYear: string }> = {
  en: { locale: enUS, sameYear: 'EEEE, MMMM d', otherYear: 'EEEE, MMMM d, yyyy' },
  fr: { locale: fr, sameYear: 'EEEE d MMMM', otherYear: 'EEEE d MMMM yyyy' },
};

/** "Thursday, December 3" / "jeudi 3 décembre", "mardi 1er décembre"; the year only when it is not this year. */
export function formatTemplateDate(date: Date, language: TemplateLanguage, today: Date): string {
  const { locale, sameYear, otherYear } = DATE_FORMATS[language];
  let pattern = isSameYear(date, today) ? sameYear : otherYear;
  // The French write the first of the month as an ordinal: "le 1er décembre", never "le 1 décembre".
  if (language === 'fr' && date.getDate() === 1) pattern = pattern.replace(/\bd\b/, "'1er'");
  return format(date, pattern, { locale });
}
