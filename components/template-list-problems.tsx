import { t } from '@/lib/i18n';
import type { TemplatesState } from '@/lib/hooks/use-templates';

/** Says when the library could not be loaded, or when some stored templates are unreadable. */
export function TemplateListProblems({ list, error }: Pick<TemplatesState, 'list' | 'error'>) {
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {t('templatesError', error)}
        </p>
      )}
      {list && list.unreadable.length > 0 && (
        <p role="alert" className="error">
          {t('templatesUnreadable', list.unreadable.join('; '))}
        </p>
      )}
    </>
  );
}
