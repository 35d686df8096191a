import { useEffect, useState } from 'react';
import { format, parseISO } from 'date-fns';
import { t } from '@/lib/i18n';
import { MAX_QUOTE_LENGTH } from '@/lib/text/limits';
import type { FlagInput } from '@/lib/clients/client-schema';
import { severities, warningSigns, type Severity, type WarningSign } from '@/lib/clients/client';
import { severityLabelKey, signLabelKey } from '@/lib/clients/labels';
import { errorMessage } from '@/lib/error-message';
import { FormFooter } from './form-footer';

interface Props {
  initial?: FlagInput;
  onSave(input: FlagInput): Promise<void>;
  onCancel(): void;
  /** The sentence selected in the client's message, read from the page; absent outside Gmail. */
  readSelection?(): Promise<string>;
}

const DAY = 'yyyy-MM-dd';

/**
 * The day a flag says it was seen: now when it is today (the usual case), else noon of the day
 * chosen, which stays that day whatever the time zone's shifts.
 */
function seenAt(day: string, today: string): number | undefined {
  if (day === today) return undefined;
  const date = parseISO(day);
  date.setHours(12);
  return date.getTime();
}

/** The warning signs seen, how serious, when, the client's words and a note: what a flag records. */
export function FlagForm({ initial, onSave, onCancel, readSelection }: Props) {
  const today = format(new Date(), DAY);
  const [signs, setSigns] = useState<WarningSign[]>(initial?.signs ?? []);
  const [severity, setSeverity] = useState<Severity>(initial?.severity ?? 'medium');
  const [day, setDay] = useState(initial?.at ? format(initial.at, DAY) : today);
  const [quote, setQuote] = useState(initial?.quote ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [problem, setProblem] = useState<string>();

  const quoteSelection = async (quiet: boolean) => {
    const selected = await readSelection?.().catch(() => '');
    if (selected) setQuote(selected);
    else if (!quiet) setProblem(t('flagQuoteNoSelection'));
  };
  // A sentence selected before the form opened is what the user meant to flag.
  useEffect(() => {
    if (!initial?.quote) void quoteSelection(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the form opens: a later selection is quoted on request.
  }, []);
  // Never rejects: what went wrong is shown as the form's problem.
  const save = async () => {
    if (signs.length === 0) return setProblem(t('flagNeedsSign'));
    if (day > today) return setProblem(t('flagSeenInFuture'));
    const at = day === (initial?.at ? format(initial.at, DAY) : today) ? initial?.at : seenAt(day, today);
    try {
      await onSave({ signs, severity, note, ...(quote.trim() && { quote: quote.trim() }), ...(at && { at }) });
    } catch (err) {
      setProblem(t('flagError', errorMessage(err)));
    }
  };

  return (
    <form
      className="flag-form"
      aria-label={t('flagFormHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <fieldset>
        <legend>{t('flagFormHeading')}</legend>
        {warningSigns.map((sign, i) => (
          <label key={sign} className="check">
            <input
              type="checkbox"
              autoFocus={i === 0}
              checked={signs.includes(sign)}
              onChange={(e) => setSigns(e.target.checked ? [...signs, sign] : signs.filter((s) => s !== sign))}
            />
            {t(signLabelKey(sign))}
          </label>
        ))}
      </fieldset>
      <fieldset className="inline-choices">
        <legend>{t('severityLabel')}</legend>
        {severities.map((level) => (
          <label key={level} className="check">
            <input type="radio" name="severity" checked={severity === level} onChange={() => setSeverity(level)} />
            {t(severityLabelKey(level))}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('flagSeenOn')}</span>
        <input type="date" required max={today} value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('flagQuoteLabel')}</span>
        <textarea rows={2} maxLength={MAX_QUOTE_LENGTH} value={quote} onChange={(e) => setQuote(e.target.value)} />
      </label>
      {readSelection && (
        <button type="button" className="link-button" onClick={() => void quoteSelection(false)}>
          {t('flagQuoteFromSelection')}
        </button>
      )}
      <label className="field">
        <span>{t('noteLabel')}</span>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormFooter problem={problem} submitLabel={t('saveFlag')} onCancel={onCancel} />
    </form>
  );
}
