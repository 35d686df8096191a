import type { ComposeTarget } from '@/lib/gmail/composer';
import type { Person } from '@/lib/clients/person';
import { t } from '@/lib/i18n';

/** Where Insert puts the text: an open compose, a reply it opens in the thread, or the clipboard. */
export type InsertTarget =
  | ({ where: 'compose' } & ComposeTarget)
  | { where: 'new-reply'; recipient?: Person }
  /** A new email in Gmail's compose page, never the thread on screen (ending an engagement). */
  | { where: 'new-draft'; recipient?: Person }
  | { where: 'clipboard' };

/** The person the text is written for: whom the compose it goes into is addressed to. */
export const recipientOf = (target: InsertTarget): Person | undefined =>
  target.where === 'clipboard' ? undefined : target.recipient;

const personText = ({ name, email }: Person): string => (name === email ? email : `${name} <${email}>`);

function describe(target: InsertTarget): string {
  if (target.where === 'clipboard') return t('insertTargetClipboard');
  if (!target.recipient) return t('insertTargetNoRecipient');
  const person = personText(target.recipient);
  if (target.where === 'new-reply') return t('insertTargetNewReply', person);
  if (target.where === 'new-draft') return t('insertTargetNewDraft', person);
  if (target.lastUsed) return t('insertTargetLastUsed', person);
  return t(target.isReply ? 'insertTargetOpenReply' : 'insertTargetOpenMessage', person);
}

/** Says, before Insert, whom the text is for and where it goes. */
export function InsertTargetLine({ target }: { target: InsertTarget }) {
  return (
    <p className="insert-target" data-field="insert-target">
      {describe(target)}
    </p>
  );
}
