import { t } from '@/lib/i18n';
import { responseActionKey, responseLabelKey } from '@/lib/clients/labels';
import type { Response } from '@/lib/clients/responses';

interface Props {
  responses: Response[];
  considerEnding: boolean;
  onRespond(response: Response): void;
  onEnding(): void;
}

/** What to do about the signs seen: one answer per kind of sign, and ending only when it is earned. */
export function ClientResponses({ responses, considerEnding, onRespond, onEnding }: Props) {
  if (responses.length === 0 && !considerEnding) return null;
  return (
    <ul className="responses" data-field="client-responses">
      {responses.map((response) => (
        <li key={response} className="suggestion" data-response={response}>
          <p>{t(responseLabelKey(response))}</p>
          <button type="button" onClick={() => onRespond(response)}>
            {t(responseActionKey(response))}
          </button>
        </li>
      ))}
      {considerEnding && (
        <li className="suggestion ending" data-response="ending">
          <p>{t('considerEnding')}</p>
          <button type="button" onClick={onEnding}>
            {t('considerEndingAction')}
          </button>
        </li>
      )}
    </ul>
  );
}
