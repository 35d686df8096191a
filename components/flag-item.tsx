import { t, uiLanguage } from '@/lib/i18n';
import type { Flag } from '@/lib/clients/client-schema';
import { severityLabelKey, signLabelKey } from '@/lib/clients/labels';
import { FIRST_GMAIL_ACCOUNT, gmailThreadUrl } from '@/lib/gmail/routes';
import { PageLink } from './page-link';

interface Props {
  flag: Flag;
  /** The Gmail account the thread links open in (`/mail/u/1/`); the first one by default. */
  accountPath?: string;
  onEdit?(): void;
  onDelete?(): void;
}

/** One flag: when, which signs, how serious, the client's words and the note (as text), and a link to its thread. */
export function FlagItem({ flag, accountPath = FIRST_GMAIL_ACCOUNT, onEdit, onDelete }: Props) {
  const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(flag.at);
  return (
    <li className="flag-item">
      <div>
        <strong>{date}</strong> · {t(severityLabelKey(flag.severity))}
      </div>
      <ul className="signs">
        {flag.signs.map((sign) => (
          <li key={sign}>{t(signLabelKey(sign))}</li>
        ))}
      </ul>
      {flag.quote && <blockquote className="quote">{flag.quote}</blockquote>}
      {flag.note && <p className="note">{flag.note}</p>}
      <div className="flag-actions">
        {flag.thread.id ? (
          <PageLink href={gmailThreadUrl(accountPath, flag.thread.id)}>
            {flag.thread.subject || t('noThreadSubject')}
          </PageLink>
        ) : (
          <span>{flag.thread.subject}</span>
        )}
        {onEdit && (
          <button type="button" className="link-button" onClick={onEdit}>
            {t('editFlag')}
          </button>
        )}
        {onDelete && (
          <button type="button" className="link-button" onClick={onDelete}>
            {t('deleteFlag')}
          </button>
        )}
      </div>
    </li>
  );
}
