import { t } from '@/lib/i18n';
import type { TemplateField, TemplateFieldKind } from '@/lib/templates/template-schema';

const KIND_LABELS = {
  text: 'fieldKindText',
  longtext: 'fieldKindLongtext',
  choice: 'fieldKindChoice',
  date: 'fieldKindDate',
} as const;

/** Turns a field into another kind, keeping what still makes sense. */
function withKind(field: TemplateField, kind: TemplateFieldKind): TemplateField {
  const { id, label } = field;
  if (kind === 'choice') return { id, label, kind, options: [field.default || '…'], default: '' };
  if (kind === 'date') return { id, label, kind, default: 'today + 2 working days' };
  return { id, label, kind, default: field.kind === 'date' ? '' : field.default };
}

interface Props {
  field: TemplateField;
  index: number;
  onChange(field: TemplateField): void;
  onRemove(): void;
}

/** One row of the fields editor: name, question, kind, default (and choices). */
export function FieldEditor({ field, index, onChange, onRemove }: Props) {
  const id = (name: string) => `field-${index}-${name}`;
  return (
    <fieldset className="field-editor">
      <label htmlFor={id('id')}>{t('fieldId')}</label>
      <input id={id('id')} value={field.id} onChange={(e) => onChange({ ...field, id: e.target.value })} />
      <label htmlFor={id('label')}>{t('fieldLabel')}</label>
      <input id={id('label')} value={field.label} onChange={(e) => onChange({ ...field, label: e.target.value })} />
      <label htmlFor={id('kind')}>{t('fieldKind')}</label>
      <select
        id={id('kind')}
        value={field.kind}
        onChange={(e) => onChange(withKind(field, e.target.value as TemplateFieldKind))}
      >
        {(Object.keys(KIND_LABELS) as TemplateFieldKind[]).map((kind) => (
          <option key={kind} value={kind}>
            {t(KIND_LABELS[kind])}
          </option>
        ))}
      </select>
      {field.kind === 'choice' && (
        <>
          <label htmlFor={id('options')}>{t('fieldOptions')}</label>
          <textarea
            id={id('options')}
            rows={3}
            value={field.options.join('\n')}
            onChange={(e) => onChange({ ...field, options: e.target.value.split('\n') })}
          />
        </>
      )}
      <label htmlFor={id('default')}>{t('fieldDefault')}</label>
      <input
        id={id('default')}
        value={field.default}
        onChange={(e) => onChange({ ...field, default: e.target.value })}
      />
      <button type="button" onClick={onRemove}>
        {t('removeField')}
      </button>
    </fieldset>
  );
}
