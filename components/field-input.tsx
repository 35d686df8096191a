import type { TemplateField } from '@/lib/templates/template-schema';

interface Props {
  field: Pick<TemplateField, 'id' | 'label' | 'kind'> & { options?: string[] };
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
}

/** One blank of a template, with the input that suits its kind. */
export function FieldInput({ field, value, onChange, autoFocus }: Props) {
  const id = `leeway-field-${field.id}`;
  const common = { id, value, autoFocus, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.kind === 'longtext' ? (
        <textarea rows={3} {...common} />
      ) : field.kind === 'choice' ? (
        <select {...common}>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input type={field.kind === 'date' ? 'date' : 'text'} {...common} />
      )}
    </div>
  );
}
