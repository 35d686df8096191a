import { useState } from 'react';
import { t } from '@/lib/i18n';
import { statusLabelKey, trendLabelKey } from '@/lib/clients/labels';
import { sendMessage } from '@/lib/messaging';
import { useBackgroundData } from '@/lib/hooks/use-background-data';
import { ClientEditor } from './client-editor';

const rankClients = () => sendMessage('rankClients', undefined);

/** Clients ranked by recent warning signs; each opens to its timeline, editing and merging. */
export function ClientsSection() {
  // A flag saved in Gmail, or a client edited in another tab, shows here at once.
  const { data: list, error, reload } = useBackgroundData(rankClients, { stores: ['clients'] });
  const [openId, setOpenId] = useState<string>();

  if (error) {
    return (
      <p role="alert" className="error">
        {t('clientLoadError', error)}
      </p>
    );
  }
  const ranking = list?.ranking;
  const unreadable = list && list.unreadable.length > 0 && (
    <p role="alert" className="error">
      {t('clientsUnreadable', list.unreadable.join('; '))}
    </p>
  );
  if (ranking?.length === 0 && !unreadable) return <p className="muted">{t('clientsEmpty')}</p>;
  return (
    <>
      {unreadable}
      <ol className="clients">
        {ranking?.map(({ client, summary, total }) => (
          <li key={client.id} data-client={client.name}>
            <button
              type="button"
              className="client-row"
              aria-expanded={openId === client.id}
              onClick={() => setOpenId(openId === client.id ? undefined : client.id)}
            >
              <strong>{client.name}</strong> · {t(statusLabelKey(client.status))} ·{' '}
              {t('clientSigns', [String(summary.last30), String(summary.last90), t(trendLabelKey(summary.trend))])} ·{' '}
              {t('flagCount', String(total))}
            </button>
            {openId === client.id && (
              <ClientEditor
                client={client}
                others={ranking.map((r) => r.client).filter((c) => c.id !== client.id)}
                onChanged={async (nextOpenId) => {
                  setOpenId(nextOpenId);
                  await reload();
                }}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
