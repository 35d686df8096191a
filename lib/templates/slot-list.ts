import { format } from 'date-fns';
import type { Interval } from '@/lib/gaps/find-gaps';
import { formatTemplateDate } from './dates';
import type { TemplateLanguage } from './template';
import { timeOf } from './working-hours';

// Free slots as a message offers them: one a line, the day as the templates write dates
// ("Thursday, December 3" / "jeudi 3 décembre", "mardi 1er décembre"), the times as people say
// them ("1:30 to 2:30 pm" / "de 13 h 30 à 14 h 30").

const hhmm = (ms: number) => format(ms, 'HH:mm');
// A time is never cut at a line's end ("14 h" then "30", "2:30" then "pm"): no-break spaces inside it.
const timeAt = (ms: number, language: TemplateLanguage) => timeOf(hhmm(ms), language).replace(/ /g, '\u00a0');

/** "1:30 to 2:30 pm", "11:30 am to 12:30 pm" / "de 13 h 30 à 14 h 30". */
function spanOf({ start, end }: Interval, language: TemplateLanguage): string {
  const from = timeAt(start, language);
  const to = timeAt(end, language);
  if (language === 'fr') return `de ${from} à ${to}`;
  // One "pm" is enough when both ends share it.
  const sameHalf = from.slice(-2) === to.slice(-2);
  return `${sameHalf ? from.slice(0, -3) : from} to ${to}`;
}

/** A moment as a sentence names it: "Tuesday, December 1 at 1:30 pm" / "mardi 1er décembre à 13 h 30". */
export function describeMoment(ms: number, language: TemplateLanguage, today: Date): string {
  const at = language === 'fr' ? 'à' : 'at';
  return `${formatTemplateDate(new Date(ms), language, today)} ${at} ${timeAt(ms, language)}`;
}

/** The slots as a list, one a line ("- Thursday, December 3, 1:30 to 2:30 pm"). */
export function describeSlots(slots: Interval[], language: TemplateLanguage, today: Date): string {
  return slots
    .map((slot) => `- ${formatTemplateDate(new Date(slot.start), language, today)}, ${spanOf(slot, language)}`)
    .join('\n');
}
