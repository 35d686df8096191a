import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Client } from '@/lib/clients/client-schema';
import type { SettingsState } from '@/lib/hooks/use-settings';
import { withClientLimit } from '@/lib/hours/client-limit';
import type { ClientLimit, HoursSettings } from '@/lib/hours/hours-settings';
import { sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/settings';
import { OptionalNumberField } from './optional-number-field';

/** Hours, or empty for no limit. */
const HoursField = (props: { label: string; value: number | null; onSave(value: number | null): void }) => (
  <OptionalNumberField {...props} min={0.5} step={0.5} emptyMeans={t('limitNone')} />
);

/** Weekly limit overall, retainers per client, when a limit is near, and the out-of-hours rule. */
export function HourLimits({ settings, update }: { settings: Settings; update: SettingsState['update'] }) {
  const hours = settings.hours;
  // `update` never rejects: a refused change comes back, with its reason, in the hook's error.
  const set = (patch: Partial<HoursSettings>) => void update({ hours: { ...hours, ...patch } });
  const [clients, setClients] = useState<Client[]>([]);
  useEffect(() => {
    // No list while the background restarts: the per-client limits wait for the next visit.
    void sendMessage('rankClients', undefined).then(
      ({ ranking }) => setClients(ranking.map((r) => r.client).filter((c) => c.status !== 'ended')),
      () => undefined,
    );
  }, []);
  const setClient = (id: string, patch: Partial<ClientLimit>) =>
    void update({ hours: withClientLimit(hours, id, patch) });

  return (
    <fieldset>
      <legend>{t('hoursLimitsHeading')}</legend>
      <HoursField label={t('limitWeekOverall')} value={hours.weekHours} onSave={(weekHours) => set({ weekHours })} />
      <HoursField
        label={t('limitNearShare')}
        value={Math.round(hours.nearShare * 100)}
        onSave={(share) => set({ nearShare: (share ?? 80) / 100 })}
      />
      {clients.map((client) => (
        <div key={client.id} className="row client-limits">
          <HoursField
            label={t('limitClientWeek', client.name)}
            value={hours.byClient[client.id]?.weekHours ?? null}
            onSave={(weekHours) => setClient(client.id, { weekHours })}
          />
          <HoursField
            label={t('limitClientMonth', client.name)}
            value={hours.byClient[client.id]?.monthHours ?? null}
            onSave={(monthHours) => setClient(client.id, { monthHours })}
          />
        </div>
      ))}
      <HoursField
        label={t('recurrenceTimes')}
        value={hours.recurrence.times}
        onSave={(times) => set({ recurrence: { ...hours.recurrence, times: times ?? 3 } })}
      />
      <HoursField
        label={t('recurrenceDays')}
        value={hours.recurrence.days}
        onSave={(days) => set({ recurrence: { ...hours.recurrence, days: days ?? 14 } })}
      />
    </fieldset>
  );
}
