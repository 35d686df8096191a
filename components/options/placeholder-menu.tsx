import { t } from '@/lib/i18n';
import { placeholderMenu } from '@/lib/templates/variable-labels';
import type { TemplateField } from '@/lib/templates/template-schema';

interface Props {
  /** The template's own blanks, offered after the built-in variables. */
  fields: TemplateField[];
  /** Called with the placeholder to insert, braces included. */
  onPick(token: string): void;
}

/** A menu of every placeholder, so none is typed by hand (and none is mistyped). */
export function PlaceholderMenu({ fields, onPick }: Props) {
  return (
    <select
      className="placeholder-menu"
      aria-label={t('placeholderMenu')}
      value=""
      onChange={(event) => event.target.value && onPick(`{{${event.target.value}}}`)}
    >
      <option value="">{t('placeholderMenu')}…</option>
      {placeholderMenu.map(({ group, items }) => (
        <optgroup key={group} label={t(group)}>
          {items.map((item) => (
            <option key={item.name} value={item.name}>
              {t(item.label)}
            </option>
          ))}
        </optgroup>
      ))}
      {fields.length > 0 && (
        <optgroup label={t('placeholderGroupFields')}>
          {fields.map((field) => (
            <option key={field.id} value={field.id}>
              {field.label}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
