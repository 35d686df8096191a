import { useState } from 'react';
import { t } from '@/lib/i18n';
import { errorMessage } from '@/lib/error-message';
import type { FlagInput } from '@/lib/clients/client-schema';
import type { Flag } from '@/lib/clients/client-schema';
import { statusLabelKey, trendLabelKey } from '@/lib/clients/labels';
import type { Response } from '@/lib/clients/responses';
import type { Person } from '@/lib/clients/person';
import { useClientCard } from '@/lib/hooks/use-client-card';
import { sendMessage } from '@/lib/messaging';
import { ClientResponses } from './client-responses';
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
  onRespond(response: Response): void;
  /** Opens the ending message as a new email, with its checklist. */
  onEnding(): void;
  /** The sentence selected in the client's message, for a flag's quote. */
  readSelection?(): Promise<string>;
}

/** Who this person is as a client, at a glance: the header line of the page's view, and the way to note a sign. */
export function ClientCard({ person, thread, accountPath, onRespond, onEnding, readSelection }: Props) {
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
  const status = card?.client.status ?? 'active';
  // The client's name and status are the first line of the page's view.
  const heading = (
    <h2 id="leeway-client-heading" className="client-heading" data-field="client-person" data-email={person.email}>
      {/* A known client only: someone Leeway has no card for has no status yet. */}
      {card && <span className={`status-dot status-${status}`} aria-hidden="true" />}
      <span className="client-name">{card?.client.name ?? (person.name || person.email)}</span>
      {card && <span className={`status status-${status}`}>{t(statusLabelKey(status))}</span>}
    </h2>
  );

  return (
    <section aria-labelledby="leeway-client-heading" className="client-card">
      {error && (
        <p role="alert" className="error">
          {t('clientLoadError', error)}
        </p>
      )}
      {card ? (
        <div data-field="client-status">
          {heading}
          <p>
            {t('clientSigns', [
              String(card.summary.last30),
              String(card.summary.last90),
              t(trendLabelKey(card.summary.trend)),
            ])}
          </p>
          <ClientResponses
            responses={card.summary.responses}
            considerEnding={card.summary.considerEnding}
            onRespond={onRespond}
            onEnding={onEnding}
          />
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
      ) : (
        heading
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
          readSelection={readSelection}
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
