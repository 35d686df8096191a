import type { Interval } from '@/lib/gaps/find-gaps';
import type { WorkWeek } from '@/lib/work-week/working-day';
import { addWorkingDays } from './dates';
import type { RenderContext } from './render';
import type { TemplateLanguage } from './template';

// What the template editor's preview fills a message from besides the settings: a made-up
// client whose card says everything, so that no line is left out of the preview (a line using
// {{client.noticePeriod}} is dropped for a real client whose card does not say it).
const SAMPLE_AGREEMENT: Record<TemplateLanguage, { rate: string; noticePeriod: string }> = {
  en: { rate: '$45 an hour', noticePeriod: 'two weeks' },
  fr: { rate: '45 € de l’heure', noticePeriod: 'deux semaines' },
};

const at = (day: Date, hours: number, minutes = 0) =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes).getTime();

/** Two free slots, in two and three working days, for {{calendar.freeSlots}}. */
function sampleSlots(today: Date, week: WorkWeek): Interval[] {
  const first = addWorkingDays(today, 2, week);
  const second = addWorkingDays(today, 3, week);
  return [
    { start: at(first, 10), end: at(first, 11) },
    { start: at(second, 14, 30), end: at(second, 15, 30) },
  ];
}

/** The sample card and slots of a preview in `language`. */
export function previewSample(
  language: TemplateLanguage,
  today: Date,
  week: WorkWeek,
): Pick<RenderContext, 'agreement' | 'freeSlots'> {
  return { agreement: { ...SAMPLE_AGREEMENT[language], weeklyHours: 10 }, freeSlots: sampleSlots(today, week) };
}
