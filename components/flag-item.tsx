import { t, uiLanguage } from '@/lib/i18n';
import type { Flag } from '@/lib/clients/client';
import { severityLabelKey, signLabelKey } from '@/lib/clients/labels';

interface Props {
  flag: Flag;
  onEdit?(): void;
  onDelete?(): void;
}

/** Gmail opens a thread from its legacy id under #all; in Gmail, in the account on screen. */
const threadHref = (id: string): string =>
  `https://mail.google.com${location.hostname === 'mail.google.com' ? location.pathname : '/mail/u/0/'}#all/${id}`;

/** One flag: when, which signs, how serious, the note (as text), and a link to its thread. */
export function FlagItem({ flag, onEdit, onDelete }: Props) {
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
      {flag.note && <p className="note">{flag.note}</p>}
      <div className="flag-actions">
        {flag.thread.id ? (
          <a href={threadHref(flag.thread.id)}>{flag.thread.subject || t('noThreadSubject')}</a>
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
