import { browserTemplateLanguage, t, type MessageKey } from '@/lib/i18n';
import { useSettings } from '@/lib/hooks/use-settings';
import { defaultSettings } from '@/lib/settings/settings';
import { ClientsSection } from './options/clients-section';
import { TemplatesSection } from './options/templates-section';
import { SettingsSection } from './settings-section';
import { SiteAccessNotice } from './site-access-notice';
import { SettingsContext } from '@/lib/hooks/settings-context';
import { TodayView } from './today-view';
import { IncidentLog } from './options/incident-log';
import { HoursSection } from './options/hours-section';
import { WeeklyReviewSection } from './options/weekly-review-section';
import { BackupSection } from './options/backup-section';
import { ColleaguesSection } from './options/colleagues-section';
import { FirstRunSetup } from './options/first-run-setup';

// The sections of the options page, in the order of the user's day. A later version fills
// hours; its place and purpose are already here.
const SECTIONS: Array<{ id: string; title: MessageKey; body?: MessageKey }> = [
  { id: 'templates', title: 'sectionTemplates', body: 'sectionTemplatesBody' },
  { id: 'clients', title: 'sectionClients', body: 'sectionClientsBody' },
  { id: 'today', title: 'sectionToday', body: 'sectionTodayBody' },
  { id: 'review', title: 'sectionReview', body: 'sectionReviewBody' },
  { id: 'hours', title: 'sectionHours', body: 'sectionHoursBody' },
  { id: 'colleagues', title: 'sectionColleagues', body: 'sectionColleaguesBody' },
  { id: 'settings', title: 'sectionSettings' },
  { id: 'backup', title: 'sectionBackup', body: 'sectionBackupBody' },
];

export function OptionsApp() {
  const settingsState = useSettings();
  const language = browserTemplateLanguage();

  const content = (id: string) => {
    if (id === 'templates')
      return <TemplatesSection settings={settingsState.settings ?? defaultSettings} language={language} />;
    if (id === 'clients') return <ClientsSection settings={settingsState} />;
    if (id === 'colleagues') return <ColleaguesSection />;
    if (id === 'backup') return <BackupSection state={settingsState} />;
    if (id === 'settings') return <SettingsSection state={settingsState} />;
    if (id === 'review')
      return <WeeklyReviewSection targetFreeShare={(settingsState.settings ?? defaultSettings).gaps.targetFreeShare} />;
    if (id === 'hours') return <HoursSection state={settingsState} />;
    if (id === 'today')
      return (
        <SettingsContext.Provider value={settingsState}>
          <TodayView />
          <IncidentLog />
        </SettingsContext.Provider>
      );
    return <p className="muted">{t('sectionNotYet')}</p>;
  };

  return (
    <div className="options">
      <header className="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsTagline')}</p>
      </header>
      <SiteAccessNotice />
      {settingsState.settings && !settingsState.settings.setupDone && (
        <FirstRunSetup settings={settingsState.settings} update={settingsState.update} />
      )}
      <div className="options-body">
        <nav aria-label={t('optionsTitle')} className="options-nav">
          {SECTIONS.map((section) => (
            <a key={section.id} href={`#${section.id}`}>
              {t(section.title)}
            </a>
          ))}
        </nav>
        <main>
          {SECTIONS.map((section) => (
            <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`}>
              <h2 id={`${section.id}-title`}>{t(section.title)}</h2>
              {section.body && <p>{t(section.body)}</p>}
              {content(section.id)}
            </section>
          ))}
        </main>
      </div>
    </div>
  );
}
