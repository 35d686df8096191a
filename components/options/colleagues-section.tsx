import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Colleague, ColleagueInput } from '@/lib/colleagues/colleague-schema';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from '@/lib/hooks/use-data-change';
import { templateLanguages, type TemplateLanguage } from '@/lib/templates/template';
import { errorMessage } from '@/lib/error-message';

const LANGUAGE_LABELS = { en: 'colleagueLanguageEn', fr: 'colleagueLanguageFr' } as const;
const empty: ColleagueInput = { name: '', email: '', covers: '', languages: [] };

/** The trusted colleagues who can take over: listed, added, removed. */
export function ColleaguesSection() {
  const [colleagues, setColleagues] = useState<Colleague[]>();
  const [draft, setDraft] = useState<ColleagueInput>(empty);
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    sendMessage('listColleagues', undefined).then(setColleagues, (err: unknown) => setError(errorMessage(err)));
  }, []);
  useEffect(load, [load]);
  useDataChange('colleagues', load);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await sendMessage('saveColleague', { colleague: draft });
      setDraft(empty);
      setError(undefined);
      load();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const remove = async (id: string) => {
    await sendMessage('deleteColleague', { id }).catch((err: unknown) => setError(errorMessage(err)));
    load();
  };
  const toggle = (language: TemplateLanguage, on: boolean) =>
    setDraft((d) => ({ ...d, languages: on ? [...d.languages, language] : d.languages.filter((l) => l !== language) }));

  return (
    <div className="colleagues">
      {colleagues?.length === 0 && <p className="muted">{t('colleaguesEmpty')}</p>}
      <ul>
        {colleagues?.map((colleague) => (
          <li key={colleague.id} data-colleague={colleague.name}>
            <strong>{colleague.name}</strong> · {colleague.email}
            {colleague.languages.length > 0 && (
              <> · {colleague.languages.map((l) => t(LANGUAGE_LABELS[l])).join(', ')}</>
            )}
            {colleague.covers && <p className="muted">{t('colleagueCoversShown', colleague.covers)}</p>}
            <button type="button" onClick={() => void remove(colleague.id)}>
              {t('colleagueRemove', colleague.name)}
            </button>
          </li>
        ))}
      </ul>
      <form aria-label={t('colleagueAdd')} noValidate onSubmit={(event) => void add(event)}>
        <label>
          {t('colleagueName')}{' '}
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label>
          {t('colleagueEmail')}{' '}
          <input type="email" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
        </label>
        <label>
          {t('colleagueCovers')}{' '}
          <input value={draft.covers} onChange={(e) => setDraft({ ...draft, covers: e.target.value })} />
        </label>
        <fieldset>
          <legend>{t('colleagueLanguages')}</legend>
          {templateLanguages.map((language) => (
            <label key={language}>
              <input
                type="checkbox"
                checked={draft.languages.includes(language)}
                onChange={(e) => toggle(language, e.target.checked)}
              />{' '}
              {t(LANGUAGE_LABELS[language])}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('colleagueAdd')}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
