import { t, type MessageKey } from '@/lib/i18n';
import type { TemplateProblem } from '@/lib/templates/validate';

/** A problem found in the editor, including those of the template's shape (zod issues). */
export type EditorProblem =
  | TemplateProblem
  | { code: 'no-name' | 'no-body'; where: 'template' }
  | { code: 'bad-field'; where: 'fields'; token: string };

const WHERE: Record<EditorProblem['where'], MessageKey> = {
  subject: 'whereSubject',
  body: 'whereBody',
  fields: 'whereFields',
  template: 'whereTemplate',
};

function describe(problem: EditorProblem): string {
  const token = 'token' in problem ? problem.token : '';
  const what = {
    unclosed: () => t('problemUnclosed', token),
    unopened: () => t('problemUnopened'),
    empty: () => t('problemEmpty', token),
    unknown: () => t('problemUnknown', token),
    'duplicate-field': () => t('problemDuplicateField', token),
    'bad-date-default': () => t('problemBadDate', token),
    'bad-choice-default': () => t('problemBadChoice', token),
    'bad-field': () => t('problemBadField', token),
    'no-name': () => t('problemNoName'),
    'no-body': () => t('problemNoBody'),
  }[problem.code]();
  const where = t(WHERE[problem.where]);
  return 'line' in problem
    ? t('problemAt', [where, String(problem.line), String(problem.column), what])
    : t('problemIn', [where, what]);
}

/** What keeps a template from being saved, each with its place, in the user's language. */
export function TemplateProblems({ problems }: { problems: EditorProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="problems">
      <h4>{t('problemsHeading')}</h4>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{describe(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
