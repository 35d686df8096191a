import { useCallback, useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import type { ClientRanking } from '@/lib/clients/card';
import { statusLabelKey, trendLabelKey } from '@/lib/clients/labels';
import { sendMessage } from '@/lib/messaging';
import { useDataChange } from '@/lib/hooks/use-data-change';
import { ClientEditor } from './client-editor';

/** Clients ranked by recent warning signs; each opens to its timeline, editing and merging. */
export function ClientsSection() {
  const [ranking, setRanking] = useState<ClientRanking[]>();
  const [error, setError] = useState<string>();
  const [openId, setOpenId] = useState<string>();

  const reload = useCallback(async () => {
    try {
      setRanking(await sendMessage('rankClients', undefined));
      setError(undefined);
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  // A flag saved in Gmail, or a client edited in another tab, shows here at once.
  useDataChange('clients', () => void reload());

  if (error) {
    return (
      <p role="alert" className="error">
        {t('clientLoadError', error)}
      </p>
    );
  }
  if (ranking?.length === 0) return <p className="muted">{t('clientsEmpty')}</p>;
  return (
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
  );
}
