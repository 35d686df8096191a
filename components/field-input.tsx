import type { TemplateField } from '@/lib/templates/template-schema';

interface Props {
  field: Pick<TemplateField, 'id' | 'label' | 'kind'> & { options?: string[]; default?: string };
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
}

/**
 * A choice's options: a blank first when the field starts empty (no excuse is put in the user's
 * mouth), and a value given from elsewhere that is not in the list, so the select shows it.
 */
function choices(field: Props['field'], value: string): string[] {
  const options = field.options ?? [];
  const blank = field.default === '' ? [''] : [];
  const given = value && !options.includes(value) ? [value] : [];
  return [...blank, ...given, ...options];
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
          {choices(field, value).map((option) => (
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
