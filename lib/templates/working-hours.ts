import type { WorkHours } from '@/lib/gaps/gap-settings';
import type { TemplateLanguage } from './template';

// The working week as a message says it ("Monday to Friday, 9 am to 6 pm" / "du lundi au
// vendredi, de 9 h à 18 h"), from the settings: the boundary reminder must say the hours the
// user really keeps, not a fixed week.

const DAY_NAMES: Record<TemplateLanguage, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
// Weeks are said from Monday, in both languages.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** "9 am", "2:30 pm" / "9 h", "14 h 30": a time of day (HH:mm) as a message says it. */
export function timeOf(time: string, language: TemplateLanguage): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (language === 'fr') return minutes ? `${hours} h ${String(minutes).padStart(2, '0')}` : `${hours} h`;
  const half = hours < 12 ? 'am' : 'pm';
  const twelve = hours % 12 || 12;
  return minutes ? `${twelve}:${String(minutes).padStart(2, '0')} ${half}` : `${twelve} ${half}`;
}

const joinAll = (items: string[], and: string) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** Runs of consecutive weekdays (in week order), so Monday..Friday is said as one span. */
function runsOf(days: number[]): number[][] {
  const runs: number[][] = [];
  for (const day of WEEK_ORDER.filter((d) => days.includes(d))) {
    const last = runs.at(-1);
    if (last && WEEK_ORDER.indexOf(day) === WEEK_ORDER.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

function daysPhrase(days: number[], language: TemplateLanguage): string {
  const names = DAY_NAMES[language];
  const parts = runsOf(days).flatMap((run) => {
    // Three days or more in a row read as a span; two are named one by one.
    if (run.length >= 3)
      return language === 'fr'
        ? [`du ${names[run[0]!]} au ${names[run.at(-1)!]}`]
        : [`${names[run[0]!]} to ${names[run.at(-1)!]}`];
    return run.map((day) => (language === 'fr' ? `le ${names[day]}` : names[day]!));
  });
  return joinAll(parts, language === 'fr' ? 'et' : 'and');
}

/** The working week said in a sentence, days grouped by their hours. */
export function describeWorkingHours(workDays: number[], workHours: WorkHours[], language: TemplateLanguage): string {
  const groups = new Map<string, number[]>();
  for (const day of WEEK_ORDER.filter((d) => workDays.includes(d))) {
    const hours = workHours[day];
    if (!hours) continue;
    const key = `${hours.start}-${hours.end}`;
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  const phrases = [...groups].map(([key, days]) => {
    const [start = '', end = ''] = key.split('-');
    return language === 'fr'
      ? `${daysPhrase(days, language)}, de ${timeOf(start, language)} à ${timeOf(end, language)}`
      : `${daysPhrase(days, language)}, ${timeOf(start, language)} to ${timeOf(end, language)}`;
  });
  return joinAll(phrases, language === 'fr' ? 'et' : 'and');
}
