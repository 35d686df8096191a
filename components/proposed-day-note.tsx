import { t, uiLanguage } from '@/lib/i18n';
import { defaultDateProposal, type RenderContext } from '@/lib/templates/render';
import type { TemplateField } from '@/lib/templates/template-schema';

interface Props {
  field: TemplateField & { kind: 'date' };
  context: RenderContext;
}

/** Why the proposed date is not the one counted: the days Calendar showed full, skipped. */
export function ProposedDayNote({ field, context }: Props) {
  const { date, skipped } = defaultDateProposal(field, context);
  if (skipped.length === 0) return null;
  const language = uiLanguage();
  const long = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long' });
  // The French write the first of the month "1er" ("mardi 1er décembre").
  const format = {
    format: (day: Date) =>
      language.startsWith('fr') && day.getDate() === 1 ? long.format(day).replace(/\b1\b/, '1er') : long.format(day),
  };
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <p className="muted hint" data-field="proposed-day-reason">
      {t(skipped.length === 1 ? 'proposedDaySkippedOne' : 'proposedDaySkippedMany', [
        list.format(skipped.map((day) => format.format(day))),
        format.format(date),
      ])}
    </p>
  );
}
