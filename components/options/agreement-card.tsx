import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { ClientAgreement } from '@/lib/clients/agreement';
import type { Client } from '@/lib/clients/client-schema';
import type { SettingsState } from '@/lib/hooks/use-settings';
import { withClientLimit } from '@/lib/hours/client-limit';
import { errorMessage } from '@/lib/error-message';
import { sendMessage } from '@/lib/messaging';
import { languageLabelKey } from '@/lib/templates/labels';
import { templateLanguages, type TemplateFormality, type TemplateLanguage } from '@/lib/templates/template';

/** The card without its empty entries: an unset term is absent, as on a client recorded before the card. */
function cleaned(agreement: ClientAgreement): ClientAgreement {
  return Object.fromEntries(Object.entries(agreement).filter(([, value]) => value));
}

/**
 * What was agreed with a client, which every message to them fills from. The weekly hours cap is
 * the Hours feature's per-client weekly limit, read and written there (one value, not two).
 */
export function AgreementCard({ client, settings }: { client: Client; settings: SettingsState }) {
  const card = client.agreement ?? {};
  const [language, setLanguage] = useState<TemplateLanguage | ''>(card.language ?? '');
  const [formality, setFormality] = useState<TemplateFormality>(card.formality ?? 'vous');
  const [greeting, setGreeting] = useState(card.greeting ?? '');
  const [rate, setRate] = useState(card.rate ?? '');
  const [noticePeriod, setNoticePeriod] = useState(card.noticePeriod ?? '');
  const hours = settings.settings?.hours;
  const storedWeek = hours?.byClient[client.id]?.weekHours ?? null;
  const [weekHours, setWeekHours] = useState(storedWeek === null ? '' : String(storedWeek));
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const id = (field: string) => `agreement-${client.id}-${field}`;

  const save = async () => {
    try {
      const agreement = cleaned({
        language: language || undefined,
        formality: formality === 'tu' ? 'tu' : undefined,
        greeting,
        rate,
        noticePeriod,
      });
      await sendMessage('updateClient', { id: client.id, agreement });
      const week = weekHours.trim() === '' ? null : Number(weekHours);
      if (hours && week !== storedWeek)
        await settings.update({ hours: withClientLimit(hours, client.id, { weekHours: week }) });
      setMessage({ text: t('agreementSaved'), error: false });
    } catch (err) {
      setMessage({ text: t('clientError', errorMessage(err)), error: true });
    }
  };

  return (
    <form
      className="agreement-card"
      aria-labelledby={id('heading')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={id('heading')}>{t('agreementHeading')}</h3>
      <p className="muted">{t('agreementHint')}</p>
      <div className="agreement-grid">
        <label htmlFor={id('language')}>{t('agreementLanguage')}</label>
        <select
          id={id('language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as TemplateLanguage | '')}
        >
          <option value="">{t('agreementLanguageThread')}</option>
          {templateLanguages.map((each) => (
            <option key={each} value={each}>
              {t(languageLabelKey[each])}
            </option>
          ))}
        </select>
        <label htmlFor={id('formality')}>{t('agreementFormality')}</label>
        <select
          id={id('formality')}
          value={formality}
          onChange={(e) => setFormality(e.target.value as TemplateFormality)}
        >
          <option value="vous">{t('formalityVous')}</option>
          <option value="tu">{t('formalityTu')}</option>
        </select>
        <label htmlFor={id('greeting')}>{t('agreementGreeting')}</label>
        <input
          id={id('greeting')}
          value={greeting}
          placeholder={t('agreementGreetingPlaceholder')}
          onChange={(e) => setGreeting(e.target.value)}
        />
        <label htmlFor={id('rate')}>{t('agreementRate')}</label>
        <input
          id={id('rate')}
          value={rate}
          placeholder={t('agreementRatePlaceholder')}
          onChange={(e) => setRate(e.target.value)}
        />
        <label htmlFor={id('notice')}>{t('agreementNotice')}</label>
        <input
          id={id('notice')}
          value={noticePeriod}
          placeholder={t('agreementNoticePlaceholder')}
          onChange={(e) => setNoticePeriod(e.target.value)}
        />
        <label htmlFor={id('week')}>{t('agreementWeekHours')}</label>
        <input
          id={id('week')}
          type="number"
          min={0.5}
          step={0.5}
          value={weekHours}
          placeholder={t('limitNone')}
          onChange={(e) => setWeekHours(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('agreementSave')}
        </button>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </form>
  );
}
