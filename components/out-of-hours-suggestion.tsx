import { useCallback, useEffect, useState } from 'react';
import type { FlagInput } from '@/lib/clients/client-schema';
import type { Flag } from '@/lib/clients/client-schema';
import { formatMinutes } from '@/lib/gaps/format';
import { useDataChange } from '@/lib/hooks/use-data-change';
import type { OutOfHoursEvidence } from '@/lib/hours/recurrence';
import { t, uiLanguage } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';

const SIGN = 'out-of-hours-demands';

/** "Tue 1 Dec, 20:00–21:30 (1 h 30 out of hours)", in the user's language. */
function timeLine(time: OutOfHoursEvidence['times'][number], language: string): string {
  const when = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(time.start, time.end);
  return t('outOfHoursTime', [when, formatMinutes(time.outOfHoursMs / 60_000, language)]);
}

interface Props {
  clientId: string;
  /** The client's latest flags: once one records the sign after this evidence, it is not offered again. */
  recent: Flag[];
  onFlag(draft: FlagInput): void;
}

/**
 * When work for a client outside working hours recurs (the settings say how often), the card
 * offers the matching warning sign, with the entries that show it as the flag's note.
 */
export function OutOfHoursSuggestion({ clientId, recent, onFlag }: Props) {
  const [evidence, setEvidence] = useState<OutOfHoursEvidence>();
  const load = useCallback(
    () =>
      void sendMessage('getOutOfHoursEvidence', { id: clientId })
        .then(setEvidence)
        .catch(() => setEvidence(undefined)),
    [clientId],
  );
  useEffect(load, [load]);
  useDataChange('timeEntries', load);
  useDataChange('settings', load);

  if (!evidence?.recurs) return null;
  const latest = evidence.times[0]!.start;
  if (recent.some((flag) => flag.signs.includes(SIGN) && flag.at >= latest)) return null;
  const language = uiLanguage();
  const lines = evidence.times.map((time) => timeLine(time, language));
  const heading = t('outOfHoursRecurs', [String(evidence.times.length), String(evidence.recurrence.days)]);
  return (
    <div className="suggestion" role="note" data-field="out-of-hours-evidence">
      <p>{heading}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() =>
          onFlag({ signs: [SIGN], severity: 'medium', note: [heading, ...lines].join('\n').slice(0, 5000) })
        }
      >
        {t('outOfHoursFlag')}
      </button>
    </div>
  );
}
