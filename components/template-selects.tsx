import { t } from '@/lib/i18n';
import { categoryLabelKey, languageLabelKey } from '@/lib/templates/labels';
import {
  templateCategories,
  templateLanguages,
  type TemplateCategory,
  type TemplateLanguage,
} from '@/lib/templates/template';

/** The situation of a template; with `anyLabel`, an extra first choice for "all" (value ''). */
export function CategorySelect<V extends TemplateCategory | ''>(props: {
  value: V;
  onChange(value: V): void;
  anyLabel?: string;
}) {
  return (
    <label>
      <span>{t('templateCategoryLabel')}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
        {props.anyLabel && <option value="">{props.anyLabel}</option>}
        {templateCategories.map((c) => (
          <option key={c} value={c}>
            {t(categoryLabelKey[c])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LanguageSelect(props: { value: TemplateLanguage; onChange(value: TemplateLanguage): void }) {
  return (
    <label>
      <span>{t('templateLanguageLabel')}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as TemplateLanguage)}>
        {templateLanguages.map((l) => (
          <option key={l} value={l}>
            {t(languageLabelKey[l])}
          </option>
        ))}
      </select>
    </label>
  );
}
