import { t } from '@/lib/i18n';
import { categoryLabelKey } from '@/lib/templates/labels';
import type { TemplateEntry } from '@/lib/templates/stored-template';

export const templateOptionId = (id: string) => `leeway-template-${id}`;

interface Props {
  templates: TemplateEntry[];
  activeIndex: number;
  onChoose(template: TemplateEntry): void;
}

const words = (text: string) => text.toLowerCase().replace(/[-‐]/g, ' ');
/** "Polite refusal of an unrealistic request" says "Refusal" already: the category is not repeated. */
const namesCategory = (name: string, category: string) => words(name).includes(words(category));

/** The templates matching the search, as a listbox driven from the search field's arrows. */
export function TemplateList({ templates, activeIndex, onChoose }: Props) {
  if (templates.length === 0) return <p className="muted">{t('noTemplateFound')}</p>;
  return (
    <ul id="leeway-template-list" role="listbox" aria-label={t('templatesHeading')} className="template-list">
      {templates.map((template, i) => (
        <li
          key={template.id}
          id={templateOptionId(template.id)}
          role="option"
          aria-selected={i === activeIndex}
          className={i === activeIndex ? 'active' : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(template)}
        >
          <span className="template-name">{template.name}</span>
          {!namesCategory(template.name, t(categoryLabelKey[template.category])) && (
            <span className="template-category">{t(categoryLabelKey[template.category])}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
