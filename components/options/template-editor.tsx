import { useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/settings';
import { previewSample } from '@/lib/templates/preview-sample';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import { templateDraftSchema, type TemplateDraft } from '@/lib/templates/stored-template';
import type { Template } from '@/lib/templates/template-schema';
import { findTemplateProblems } from '@/lib/templates/validate';
import { CategorySelect, LanguageSelect } from '../template-selects';
import { FieldEditor } from './field-editor';
import { PlaceholderMenu } from './placeholder-menu';
import { TemplateProblems, type EditorProblem } from './template-problems';
import { errorMessage } from '@/lib/error-message';

/** Choices are typed one per line: blank lines are not choices. */
const cleanDraft = (draft: TemplateDraft): TemplateDraft => ({
  ...draft,
  fields: draft.fields.map((f) =>
    f.kind === 'choice' ? { ...f, options: f.options.map((o) => o.trim()).filter(Boolean) } : f,
  ),
});

function problemsOf(draft: TemplateDraft): EditorProblem[] {
  const shape = templateDraftSchema.safeParse(draft);
  const problems: EditorProblem[] = [];
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const [head, index] = issue.path;
      if (head === 'name') problems.push({ code: 'no-name', where: 'template' });
      else if (head === 'body') problems.push({ code: 'no-body', where: 'template' });
      else if (head === 'fields')
        problems.push({ code: 'bad-field', where: 'fields', token: draft.fields[Number(index)]?.id ?? '' });
    }
  }
  return [...problems, ...findTemplateProblems(draft)];
}

interface Props {
  initial: TemplateDraft;
  settings: Settings;
  onSaved(template: Template): void;
  onCancel(): void;
}

/** Creates or edits a template, with a live preview and every problem named with its line. */
export function TemplateEditor({ initial, settings, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [saveError, setSaveError] = useState<string>();
  const cleaned = useMemo(() => cleanDraft(draft), [draft]);
  const problems = useMemo(() => problemsOf(cleaned), [cleaned]);
  const context: RenderContext = useMemo(
    () => ({
      client: { name: 'Alex Martin', email: 'alex.martin@example.com' },
      me: { name: settings.myName, signature: settings.signature },
      threadSubject: 'Q4 launch timeline',
      colleagues: [{ name: 'Nadia Roux', email: 'nadia.roux@example.com', languages: ['en', 'fr'] }],
      today: new Date(),
      week: { workDays: settings.workDays, daysOff: settings.daysOff },
      workHours: settings.gaps.workHours,
    }),
    [settings],
  );
  const preview = useMemo(() => {
    const template = { ...cleaned, id: cleaned.id ?? 'preview' };
    const sample = { ...context, ...previewSample(template.language, context.today, context.week) };
    return renderTemplate(template, sample, defaultFieldValues(template, sample));
  }, [cleaned, context]);
  const set = <K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  // A placeholder picked from the menu goes where the caret was in the body, and the caret after it.
  const body = useRef<HTMLTextAreaElement>(null);
  const insertPlaceholder = (token: string) => {
    const area = body.current;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? start;
    set('body', draft.body.slice(0, start) + token + draft.body.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const save = async () => {
    try {
      onSaved(await sendMessage('saveTemplate', cleaned));
    } catch (err) {
      setSaveError(errorMessage(err));
    }
  };

  return (
    <form
      className="template-editor"
      aria-label={draft.name || t('newTemplate')}
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length === 0) void save();
      }}
    >
      <div className="editor-grid">
        <div className="editor-main">
          <label htmlFor="template-name">{t('templateName')}</label>
          <input id="template-name" value={draft.name} onChange={(e) => set('name', e.target.value)} />
          <div className="row">
            <CategorySelect value={draft.category} onChange={(category) => set('category', category)} />
            <LanguageSelect value={draft.language} onChange={(language) => set('language', language)} />
          </div>
          <label htmlFor="template-subject">{t('templateSubject')}</label>
          <input id="template-subject" value={draft.subject} onChange={(e) => set('subject', e.target.value)} />
          <label htmlFor="template-body">{t('templateBody')}</label>
          <PlaceholderMenu fields={draft.fields} onPick={insertPlaceholder} />
          <textarea
            id="template-body"
            ref={body}
            rows={14}
            value={draft.body}
            onChange={(e) => set('body', e.target.value)}
          />
          <p className="muted">{t('templateSyntaxHelp')}</p>
          <h4>{t('templateFields')}</h4>
          {draft.fields.map((field, i) => (
            <FieldEditor
              key={i}
              index={i}
              field={field}
              onChange={(next) =>
                set(
                  'fields',
                  draft.fields.map((f, j) => (j === i ? next : f)),
                )
              }
              onRemove={() =>
                set(
                  'fields',
                  draft.fields.filter((_, j) => j !== i),
                )
              }
            />
          ))}
          <button
            type="button"
            onClick={() =>
              set('fields', [
                ...draft.fields,
                { id: `field${draft.fields.length + 1}`, label: '…', kind: 'text', default: '' },
              ])
            }
          >
            {t('addField')}
          </button>
        </div>
        <div className="editor-preview">
          <h4>{t('previewWith')}</h4>
          {preview.subject && <p className="preview-subject">{preview.subject}</p>}
          <div className="preview" data-testid="template-preview">
            {preview.body}
          </div>
        </div>
      </div>
      <TemplateProblems problems={problems} />
      {saveError && (
        <p role="alert" className="error">
          {t('templateNotSaved', saveError)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={problems.length > 0}>
          {t('saveButton')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
      </div>
    </form>
  );
}
