import { useState } from 'react';
import { t } from '@/lib/i18n';
import { errorMessage } from '@/lib/error-message';
import type { FlagInput } from '@/lib/clients/client-schema';
import type { Flag } from '@/lib/clients/client-schema';
import { statusLabelKey, suggestionActionKey, suggestionLabelKey, trendLabelKey } from '@/lib/clients/labels';
import type { Suggestion } from '@/lib/clients/status';
import type { Person } from '@/lib/clients/person';
import { useClientCard } from '@/lib/hooks/use-client-card';
import { sendMessage } from '@/lib/messaging';
import { FlagForm } from './flag-form';
import { IncidentForm } from './incident-form';
import { FlagItem } from './flag-item';
import { OutOfHoursSuggestion } from './out-of-hours-suggestion';

interface Props {
  person: Person;
  /** The open thread, recorded with a flag as evidence; absent in a compose outside a thread. */
  thread?: { id?: string; subject: string };
  /** The Gmail account the thread links open in. */
  accountPath?: string;
  onSuggestion(suggestion: Suggestion): void;
}

/** Who this person is as a client, at a glance, and the way to flag them. */
export function ClientCard({ person, thread, accountPath, onSuggestion }: Props) {
  const { card, error, setCard } = useClientCard(person.email);
  const [editing, setEditing] = useState<{ flag?: Flag; draft?: FlagInput }>();
  const [incident, setIncident] = useState<'open' | 'saved'>();
  const [deleteProblem, setDeleteProblem] = useState<string>();

  // Never rejects: a refused deletion is said beside the flags, which stay as they were.
  const deleteFlag = async (id: string) => {
    try {
      await sendMessage('deleteFlag', { id });
      setCard(await sendMessage('getClientCard', { email: person.email }));
      setDeleteProblem(undefined);
    } catch (err) {
      setDeleteProblem(t('flagDeleteError', errorMessage(err)));
    }
  };

  const save = async (input: FlagInput) => {
    const next = editing?.flag
      ? await sendMessage('updateFlag', { id: editing.flag.id, flag: input })
      : await sendMessage('flagClient', { person, thread: thread ?? { subject: '' }, flag: input });
    setCard(next);
    setEditing(undefined);
  };

  return (
    <section aria-labelledby="leeway-client-heading" className="client-card">
      <h2 id="leeway-client-heading">{t('clientCardHeading')}</h2>
      {error && (
        <p role="alert" className="error">
          {t('clientLoadError', error)}
        </p>
      )}
      {card && (
        <div data-field="client-status">
          <p>
            <strong>{card.client.name}</strong> ·{' '}
            <span className={`status status-${card.client.status}`}>{t(statusLabelKey(card.client.status))}</span>
          </p>
          <p>
            {t('clientSigns', [
              String(card.summary.last30),
              String(card.summary.last90),
              t(trendLabelKey(card.summary.trend)),
            ])}
          </p>
          {card.summary.suggestion && (
            <div className="suggestion" role="note">
              <p>{t(suggestionLabelKey(card.summary.suggestion))}</p>
              <button type="button" onClick={() => onSuggestion(card.summary.suggestion!)}>
                {t(suggestionActionKey(card.summary.suggestion))}
              </button>
            </div>
          )}
          {!editing && (
            <OutOfHoursSuggestion
              clientId={card.client.id}
              recent={card.recent}
              onFlag={(draft) => setEditing({ draft })}
            />
          )}
          {card.recent.length > 0 && (
            <>
              <h3>{t('latestFlags')}</h3>
              {deleteProblem && (
                <p role="alert" className="error">
                  {deleteProblem}
                </p>
              )}
              <ul className="flags">
                {card.recent.map((flag) => (
                  <FlagItem
                    key={flag.id}
                    flag={flag}
                    accountPath={accountPath}
                    onEdit={() => setEditing({ flag })}
                    onDelete={() => void deleteFlag(flag.id)}
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {card === null && <p className="muted">{t('noFlagsYet')}</p>}
      {incident === 'open' && card ? (
        <IncidentForm
          initial={{ clientId: card.client.id }}
          onSaved={() => setIncident('saved')}
          onCancel={() => setIncident(undefined)}
        />
      ) : editing ? (
        <FlagForm
          key={editing.flag?.id ?? 'new'}
          initial={editing.flag ?? editing.draft}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        card !== undefined && (
          <div className="actions">
            <button type="button" onClick={() => setEditing({})}>
              {t('flagThisClient')}
            </button>
            {card && (
              <button type="button" onClick={() => setIncident('open')}>
                {t('recordIncident')}
              </button>
            )}
          </div>
        )
      )}
      {incident === 'saved' && <p role="status">{t('incidentSaved')}</p>}
    </section>
  );
}
