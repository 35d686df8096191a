import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';

const ITEMS: MessageKey[] = ['endingChecklistNotice', 'endingChecklistInvoice', 'endingChecklistAccess'];

/** What ending an engagement must settle, ticked off while the new email is written. */
export function EndingChecklist() {
  const [done, setDone] = useState<MessageKey[]>([]);
  return (
    <fieldset className="checklist" data-field="ending-checklist">
      <legend>{t('endingChecklistHeading')}</legend>
      {ITEMS.map((item) => (
        <label key={item} className="check">
          <input
            type="checkbox"
            checked={done.includes(item)}
            onChange={(e) => setDone(e.target.checked ? [...done, item] : done.filter((d) => d !== item))}
          />
          {t(item)}
        </label>
      ))}
    </fieldset>
  );
}
