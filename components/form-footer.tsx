import { t } from '@/lib/i18n';

interface Props {
  /** What stops the form, announced to screen readers as it appears. */
  problem?: string;
  submitLabel: string;
  onCancel(): void;
}

/** The end of a sidebar form: what went wrong, then its main button and Cancel. */
export function FormFooter({ problem, submitLabel, onCancel }: Props) {
  return (
    <>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancelButton')}
        </button>
      </div>
    </>
  );
}
