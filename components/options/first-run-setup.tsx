import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { SettingsState } from '@/lib/hooks/use-settings';
import type { Settings } from '@/lib/settings/settings';
import { languageLabelKey } from '@/lib/templates/labels';
import { templateLanguages, type TemplateLanguage } from '@/lib/templates/template';
import { WorkingWeek } from './working-week';

/**
 * The few settings every message depends on, asked once on a fresh profile before anything
 * else: the name and signature messages end with, the working week their dates count in, and
 * the languages the user writes in. "Later" puts it off for good; Settings has it all.
 */
export function FirstRunSetup({ settings, update }: { settings: Settings; update: SettingsState['update'] }) {
  const [name, setName] = useState(settings.myName);
  const [signature, setSignature] = useState(settings.signature);
  const [languages, setLanguages] = useState<TemplateLanguage[]>(settings.languages ?? [...templateLanguages]);
  const toggle = (language: TemplateLanguage, on: boolean) =>
    setLanguages((current) =>
      on
        ? templateLanguages.filter((l) => l === language || current.includes(l))
        : current.filter((l) => l !== language),
    );

  return (
    <section id="setup" aria-labelledby="setup-title" className="first-run">
      <h2 id="setup-title">{t('setupHeading')}</h2>
      <p>{t('setupIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (languages.length > 0) void update({ myName: name.trim(), signature, languages, setupDone: true });
        }}
      >
        <label htmlFor="setup-name">{t('settingMyName')}</label>
        <input id="setup-name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        <label htmlFor="setup-signature">{t('settingSignature')}</label>
        <textarea id="setup-signature" rows={3} value={signature} onChange={(e) => setSignature(e.target.value)} />
        <WorkingWeek settings={settings} update={update} />
        <fieldset>
          <legend>{t('setupLanguages')}</legend>
          {templateLanguages.map((language) => (
            <label key={language} className="setting">
              <input
                type="checkbox"
                checked={languages.includes(language)}
                onChange={(e) => toggle(language, e.target.checked)}
              />
              {t(languageLabelKey[language])}
            </label>
          ))}
          {languages.length === 0 && (
            <p role="alert" className="error">
              {t('setupNeedsLanguage')}
            </p>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={languages.length === 0}>
            {t('setupSave')}
          </button>
          <button type="button" onClick={() => void update({ setupDone: true })}>
            {t('setupLater')}
          </button>
        </div>
      </form>
    </section>
  );
}
