import { t, type MessageKey } from '@/lib/i18n';
import { SettingsSection } from './settings-section';

// The sections of the options page, in the order of the user's day. Later versions fill
// templates, clients, today, hours and backup; their place and purpose are already here.
const SECTIONS: Array<{ id: string; title: MessageKey; body?: MessageKey }> = [
  { id: 'templates', title: 'sectionTemplates', body: 'sectionTemplatesBody' },
  { id: 'clients', title: 'sectionClients', body: 'sectionClientsBody' },
  { id: 'today', title: 'sectionToday', body: 'sectionTodayBody' },
  { id: 'hours', title: 'sectionHours', body: 'sectionHoursBody' },
  { id: 'settings', title: 'sectionSettings' },
  { id: 'backup', title: 'sectionBackup', body: 'sectionBackupBody' },
];

export function OptionsApp() {
  return (
    <div className="options">
      <header className="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsTagline')}</p>
      </header>
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
            {section.id === 'settings' ? (
              <SettingsSection />
            ) : (
              <p className="muted">{t('sectionNotYet')}</p>
            )}
          </section>
        ))}
      </main>
    </div>
  );
}
