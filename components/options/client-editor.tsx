import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { clientStatuses, type ClientStatus } from '@/lib/clients/client';
import type { Client, Flag } from '@/lib/clients/client-schema';
import { statusLabelKey } from '@/lib/clients/labels';
import { sendMessage } from '@/lib/messaging';
import { FlagItem } from '../flag-item';
import { errorMessage } from '@/lib/error-message';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

interface Props {
  client: Client;
  others: Client[];
  /** After a change; the id of the client to keep open (the kept one after a merge). */
  onChanged(openId: string): Promise<void>;
}

/** One client: name, status, addresses and domains, the timeline of flags, and merging. */
export function ClientEditor({ client, others, onChanged }: Props) {
  const [name, setName] = useState(client.name);
  const [status, setStatus] = useState<ClientStatus>(client.status);
  const [addresses, setAddresses] = useState(client.addresses.join('\n'));
  const [domains, setDomains] = useState(client.domains.join('\n'));
  const [mergeId, setMergeId] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [timeline, setTimeline] = useState<Flag[]>();
  useEffect(() => {
    void sendMessage('getClientTimeline', { id: client.id }).then(setTimeline, () => undefined);
  }, [client.id]);

  const run = async (action: () => Promise<Client>, done: string) => {
    try {
      const kept = await action();
      setMessage({ text: done, error: false });
      await onChanged(kept.id);
    } catch (err) {
      setMessage({ text: t('clientError', errorMessage(err)), error: true });
    }
  };
  const id = (field: string) => `client-${client.id}-${field}`;

  return (
    <div className="client-editor">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            () =>
              sendMessage('updateClient', {
                id: client.id,
                name,
                status,
                addresses: lines(addresses),
                domains: lines(domains),
              }),
            t('clientSaved'),
          );
        }}
      >
        <label htmlFor={id('name')}>{t('clientName')}</label>
        <input id={id('name')} value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={id('status')}>{t('clientStatusLabel')}</label>
        <select id={id('status')} value={status} onChange={(e) => setStatus(e.target.value as ClientStatus)}>
          {clientStatuses.map((s) => (
            <option key={s} value={s}>
              {t(statusLabelKey(s))}
            </option>
          ))}
        </select>
        <label htmlFor={id('addresses')}>{t('clientAddresses')}</label>
        <textarea id={id('addresses')} rows={2} value={addresses} onChange={(e) => setAddresses(e.target.value)} />
        <label htmlFor={id('domains')}>{t('clientDomains')}</label>
        <textarea id={id('domains')} rows={2} value={domains} onChange={(e) => setDomains(e.target.value)} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('saveButton')}
          </button>
        </div>
      </form>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
      {others.length > 0 && (
        <div className="row">
          <label>
            {t('mergeInto')}
            <select value={mergeId} onChange={(e) => setMergeId(e.target.value)}>
              <option value="" />
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!mergeId}
            onClick={() =>
              void run(() => sendMessage('mergeClients', { keptId: mergeId, mergedId: client.id }), t('clientSaved'))
            }
          >
            {t('mergeButton')}
          </button>
        </div>
      )}
      <h3>{t('timelineHeading')}</h3>
      <ul className="flags">
        {timeline?.map((flag) => (
          <FlagItem key={flag.id} flag={flag} />
        ))}
      </ul>
    </div>
  );
}
