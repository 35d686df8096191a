import { useState } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useTemplates } from '@/lib/hooks/use-templates';
import type { Settings } from '@/lib/settings/settings';
import { categoryLabelKey, languageLabelKey } from '@/lib/templates/labels';
import type { TemplateDraft, TemplateEntry } from '@/lib/templates/stored-template';
import { TemplateListProblems } from '../template-list-problems';
import { TemplateEditor } from './template-editor';
import { errorMessage } from '@/lib/error-message';

const ORIGIN_LABEL = { default: 'originDefault', 'edited-default': 'originEdited', custom: 'originCustom' } as const;

const blankTemplate = (language: 'en' | 'fr'): TemplateDraft => ({
  name: '',
  category: 'other',
  language,
  subject: '',
  body:
    language === 'fr'
      ? 'Bonjour {{client.firstName}},\n\n\n\n{{me.signature}}'
      : 'Hi {{client.firstName}},\n\n\n\n{{me.signature}}',
  fields: [],
});

/** Strips what the list adds to a template, for the editor. */
const draftOf = ({ origin: _origin, usage: _usage, ...template }: TemplateEntry): TemplateDraft => template;

/** The template library: every template with its use count, and the editor. */
export function TemplatesSection({ settings, language }: { settings: Settings; language: 'en' | 'fr' }) {
  const { list, error, reload } = useTemplates();
  const [editing, setEditing] = useState<TemplateDraft>();
  const [status, setStatus] = useState<string>();

  // Never rejects: a refusal is shown in the status line, and `reload` keeps its own error.
  const act = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      setStatus(done);
    } catch (err) {
      setStatus(errorMessage(err));
    }
    await reload();
  };

  if (editing) {
    return (
      <TemplateEditor
        initial={editing}
        settings={settings}
        onCancel={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          setStatus(t('templateSaved'));
          void reload();
        }}
      />
    );
  }

  return (
    <div>
      {status && <p role="status">{status}</p>}
      <TemplateListProblems list={list} error={error} />
      <button type="button" className="primary" onClick={() => setEditing(blankTemplate(language))}>
        {t('newTemplate')}
      </button>
      <table className="templates-table">
        <tbody>
          {list?.templates.map((template) => (
            <tr key={template.id}>
              <th scope="row">{template.name}</th>
              <td>{t(categoryLabelKey[template.category])}</td>
              <td>{t(languageLabelKey[template.language])}</td>
              <td>{t(ORIGIN_LABEL[template.origin])}</td>
              <td>{t('usedTimes', String(template.usage))}</td>
              <td className="row-actions">
                <button type="button" onClick={() => setEditing(draftOf(template))}>
                  {t('editTemplate')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const { id: _id, ...copy } = draftOf(template);
                    setEditing({ ...copy, name: t('copyOf', template.name) });
                  }}
                >
                  {t('duplicateTemplate')}
                </button>
                {template.origin === 'edited-default' && (
                  <button
                    type="button"
                    onClick={() => void act(() => sendMessage('restoreDefaultTemplate', { id: template.id }))}
                  >
                    {t('restoreDefault')}
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => {
                    // A default can be restored; the user's own template is gone for good.
                    if (template.origin === 'custom' && !window.confirm(t('confirmDeleteTemplate', template.name)))
                      return;
                    void act(() => sendMessage('deleteTemplate', { id: template.id }));
                  }}
                >
                  {t('deleteTemplate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list && list.deletedDefaults.length > 0 && (
        <>
          <h3>{t('deletedDefaultsHeading')}</h3>
          <ul>
            {list.deletedDefaults.map((template) => (
              <li key={template.id}>
                {template.name} ({t(languageLabelKey[template.language])}){' '}
                <button
                  type="button"
                  onClick={() => void act(() => sendMessage('restoreDefaultTemplate', { id: template.id }))}
                >
                  {t('restoreDefault')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
