import { useState } from 'react';
import { t } from '@/lib/i18n';
import { FormFooter } from './form-footer';

export interface Unexpected {
  title: string;
  minutes: number;
  /** The day it must be done by (yyyy-mm-dd). */
  by: string;
}

interface Props {
  initial: Unexpected;
  onSubmit(unexpected: Unexpected): void;
  onCancel(): void;
}

/** What landed, how long it needs, by when: the three questions before anything gives way. */
export function UnexpectedForm({ initial, onSubmit, onCancel }: Props) {
  const [title, setTitle] = useState(initial.title);
  const [minutes, setMinutes] = useState(String(initial.minutes));
  const [by, setBy] = useState(initial.by);
  const [problem, setProblem] = useState<string>();

  return (
    <form
      className="unexpected-form"
      aria-label={t('unexpectedHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        const needed = Number(minutes);
        if (!title.trim()) return setProblem(t('taskNeedsTitle'));
        if (!Number.isInteger(needed) || needed < 5 || needed > 6000) return setProblem(t('unexpectedNeedsMinutes'));
        if (!/^\d{4}-\d{2}-\d{2}$/.test(by)) return setProblem(t('unexpectedNeedsDay'));
        onSubmit({ title: title.trim(), minutes: needed, by });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3>{t('unexpectedHeading')}</h3>
      <label className="field">
        <span>{t('unexpectedWhat')}</span>
        <input autoFocus value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('unexpectedHowLong')}</span>
        <input type="number" min={5} max={6000} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('unexpectedByWhen')}</span>
        <input type="date" value={by} onChange={(e) => setBy(e.target.value)} />
      </label>
      <FormFooter problem={problem} submitLabel={t('unexpectedFind')} onCancel={onCancel} />
    </form>
  );
}
