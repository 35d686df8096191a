import { useEffect, useState } from 'react';
import { formatMinutes } from '@/lib/gaps/format';
import { formatSpan } from '@/lib/hours/format-span';
import type { Range } from '@/lib/hours/totals';
import { t, uiLanguage } from '@/lib/i18n';
import { useTimerContext } from '@/lib/hooks/use-timer';
import { WeekHours } from './week-hours';

/** Elapsed time as a clock, h:mm:ss: the same in every language. */
function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** Now, once a second while `on`. */
function useNow(on: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [on]);
  return now;
}

/** "You were away 42 min (2:05 – 2:47 PM)": keep the time, or take it out of the timer. */
function IdleGapOffer({ gap, onSettle }: { gap: Range; onSettle(discard: boolean): void }) {
  const language = uiLanguage();
  const span = formatSpan(gap.start, gap.end, language);
  return (
    <div className="timer-question" role="group" aria-label={t('idleOfferLabel')}>
      <p data-field="idle-gap">{t('idleAway', [formatMinutes((gap.end - gap.start) / 60_000, language), span])}</p>
      <button type="button" onClick={() => onSettle(false)}>
        {t('idleKeep')}
      </button>
      <button type="button" onClick={() => onSettle(true)}>
        {t('idleDiscard')}
      </button>
    </div>
  );
}

/** The break reminder, here too: Firefox's notifications have no snooze button. */
function BreakReminder({ worked, onAnswer }: { worked: number; onAnswer(snooze: boolean): void }) {
  return (
    <div className="timer-question" role="group" aria-label={t('breakTitle')}>
      <p data-field="break-due">
        <strong>{t('breakTitle')}</strong> {t('breakMessage', formatMinutes(worked / 60_000, uiLanguage()))}
      </p>
      <button type="button" onClick={() => onAnswer(true)}>
        {t('breakSnooze')}
      </button>
      <button type="button" onClick={() => onAnswer(false)}>
        {t('breakDismiss')}
      </button>
    </div>
  );
}

/**
 * The timer, at the top of every sidebar view: what runs and for how long, with Stop; or a
 * field to start one for no client.
 */
export function TimerBar() {
  const state = useTimerContext();
  const [what, setWhat] = useState('');
  const running = state?.timer ?? null;
  const now = useNow(running !== null);
  if (!state || state.timer === undefined) return null;

  return (
    <section className="timer-bar" aria-label={t('timerHeading')}>
      {running ? (
        <div className="timer-running">
          <span className="timer-what">
            <span data-field="timer-client">{running.clientName ?? t('timerNoClient')}</span>
            {running.entry.description && <span data-field="timer-description">{running.entry.description}</span>}
          </span>
          <span role="timer" data-field="timer-elapsed">
            {formatElapsed(now - running.entry.start)}
          </span>
          <button type="button" onClick={() => void state.stop()}>
            {t('timerStop')}
          </button>
        </div>
      ) : (
        <form
          className="timer-start"
          onSubmit={(event) => {
            event.preventDefault();
            void state.start({ clientId: null, description: what.trim(), source: 'sidebar' }).then(() => setWhat(''));
          }}
        >
          <input
            aria-label={t('timerWhat')}
            placeholder={t('timerWhat')}
            maxLength={500}
            value={what}
            onChange={(event) => setWhat(event.target.value)}
          />
          <button type="submit">{t('timerStart')}</button>
        </form>
      )}
      {running && running.breakSince !== null && (
        <BreakReminder worked={now - running.breakSince} onAnswer={(snooze) => void state.answerBreak(snooze)} />
      )}
      {running?.idleGap && (
        <IdleGapOffer gap={running.idleGap} onSettle={(discard) => void state.settleIdleGap(discard)} />
      )}
      <WeekHours timerRunning={running !== null} />
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
    </section>
  );
}
