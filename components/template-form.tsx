import { Fragment, useMemo, useState } from 'react';
import { ProposedDayNote } from './proposed-day-note';
import { t } from '@/lib/i18n';
import {
  defaultFieldValues,
  renderTemplate,
  type FieldValues,
  type RenderContext,
  type RenderedTemplate,
} from '@/lib/templates/render';
import type { Template } from '@/lib/templates/template-schema';
import { FieldInput } from './field-input';
import { InsertTargetLine, type InsertTarget } from './insert-target';

interface Props {
  template: Template;
  /** Values to start from instead of the defaults, by field id (a delay notice's task and date). */
  prefill?: FieldValues;
  context: RenderContext;
  target: InsertTarget;
  onInsert(rendered: RenderedTemplate): void;
  onCopy(rendered: RenderedTemplate): void;
  onBack(): void;
}

/** The blanks of a template, defaults in place, with a live preview and Insert. */
export function TemplateForm({ template, prefill, context, target, onInsert, onCopy, onBack }: Props) {
  // The defaults follow the context (the user may move to a compose addressed to someone else
  // while the form is open); what the user typed stays.
  const [typed, setTyped] = useState<FieldValues>(() =>
    Object.fromEntries(
      template.fields.flatMap((field) => (prefill?.[field.id] ? [[field.id, prefill[field.id]!]] : [])),
    ),
  );
  const values = useMemo(() => ({ ...defaultFieldValues(template, context), ...typed }), [template, context, typed]);
  const rendered = useMemo(() => renderTemplate(template, context, values), [template, context, values]);
  // The greeting says the first name unless the client's card sets its own greeting.
  const text = `${template.subject}${template.body}`;
  const usesFirstName =
    text.includes('client.firstName') || (text.includes('client.greeting') && !context.agreement?.greeting);
  const usesColleague = text.includes('{{colleague.');
  // Gmail already put the user's signature in that compose: the text goes in without Leeway's.
  const gmailSigns = target.where === 'compose' && !!target.signed;
  const pickColleague = (email: string) => {
    const colleague = context.colleagues?.find((each) => each.email === email);
    if (colleague)
      setTyped((current) => ({ ...current, 'colleague.name': colleague.name, 'colleague.email': colleague.email }));
  };
  const set = (id: string) => (value: string) => setTyped((current) => ({ ...current, [id]: value }));

  return (
    <form
      className="template-form"
      aria-label={template.name}
      onSubmit={(event) => {
        event.preventDefault();
        onInsert(rendered);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onInsert(rendered);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
    >
      <h3>{template.name}</h3>
      <InsertTargetLine target={target} />
      {usesFirstName && (
        <FieldInput
          field={{ id: 'client.firstName', label: t('firstNameLabel'), kind: 'text' }}
          value={values['client.firstName'] ?? ''}
          onChange={set('client.firstName')}
          autoFocus
        />
      )}
      {usesColleague && (context.colleagues?.length ?? 0) > 1 && (
        <label className="field">
          {t('colleaguePick')}{' '}
          <select value={values['colleague.email'] ?? ''} onChange={(event) => pickColleague(event.target.value)}>
            {context.colleagues!.map((colleague) => (
              <option key={colleague.email} value={colleague.email}>
                {colleague.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {usesColleague && (
        <>
          <FieldInput
            field={{ id: 'colleague.name', label: t('colleagueNameLabel'), kind: 'text' }}
            value={values['colleague.name'] ?? ''}
            onChange={set('colleague.name')}
          />
          <FieldInput
            field={{ id: 'colleague.email', label: t('colleagueEmailLabel'), kind: 'text' }}
            value={values['colleague.email'] ?? ''}
            onChange={set('colleague.email')}
          />
        </>
      )}
      {template.fields.map((field, i) => (
        <Fragment key={field.id}>
          <FieldInput
            field={field}
            value={values[field.id] ?? ''}
            onChange={set(field.id)}
            autoFocus={!usesFirstName && i === 0}
          />
          {field.kind === 'date' && !typed[field.id] && <ProposedDayNote field={field} context={context} />}
        </Fragment>
      ))}
      <h4>{t('previewHeading')}</h4>
      {rendered.subject && (
        <p className="preview-subject">
          <span className="muted">{t('previewSubject')}: </span>
          {rendered.subject}
        </p>
      )}
      <div className="preview" data-field="preview" tabIndex={0}>
        {gmailSigns ? rendered.unsignedBody : rendered.body}
      </div>
      {gmailSigns && <p className="muted hint">{t('signatureFromGmail')}</p>}
      <div className="actions">
        <button type="submit" className="primary">
          {t(target.where === 'new-draft' ? 'newDraftButton' : 'insertButton')}
        </button>
        <button type="button" onClick={() => onCopy(rendered)}>
          {t('copyButton')}
        </button>
        <button type="button" className="link-button" onClick={onBack}>
          {t('backButton')}
        </button>
      </div>
      <p className="muted hint">{t('formKeyboardHint')}</p>
    </form>
  );
}
