import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { FlagInput } from '@/lib/clients/card';
import { severities, warningSigns, type Severity, type WarningSign } from '@/lib/clients/client';
import { severityLabelKey, signLabelKey } from '@/lib/clients/labels';
import { errorMessage } from '@/lib/error-message';

interface Props {
  initial?: FlagInput;
  onSave(input: FlagInput): Promise<void>;
  onCancel(): void;
}

/** The warning signs seen, how serious, and a note: what a flag records. */
export function FlagForm({ initial, onSave, onCancel }: Props) {
  const [signs, setSigns] = useState<WarningSign[]>(initial?.signs ?? []);
  const [severity, setSeverity] = useState<Severity>(initial?.severity ?? 'medium');
  const [note, setNote] = useState(initial?.note ?? '');
  const [problem, setProblem] = useState<string>();

  return (
    <form
      className="flag-form"
      aria-label={t('flagFormHeading')}
      onSubmit={async (event) => {
        event.preventDefault();
        if (signs.length === 0) return setProblem(t('flagNeedsSign'));
        try {
          await onSave({ signs, severity, note });
        } catch (err) {
          setProblem(t('flagError', errorMessage(err)));
        }
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
      <fieldset>
        <legend>{t('severityLabel')}</legend>
        {severities.map((level) => (
          <label key={level} className="check">
            <input type="radio" name="severity" checked={severity === level} onChange={() => setSeverity(level)} />
            {t(severityLabelKey(level))}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('noteLabel')}</span>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('saveFlag')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
      </div>
    </form>
  );
}
