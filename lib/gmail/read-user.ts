import { querySelectorOptional } from '@/lib/dom/selectors';
import { gmailSelectors } from './selectors';

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * The signed-in user's address. Gmail's title ends with it in every language
 * ("Inbox (3) - jane@example.com - Gmail"); a subject may hold addresses too, so the last one
 * wins. The account button's label, which also holds it, is the fallback.
 */
export function readUserEmail(doc: Document): string | undefined {
  const fromTitle = doc.title.match(EMAIL)?.at(-1);
  if (fromTitle) return fromTitle.toLowerCase();
  const label = querySelectorOptional(doc, gmailSelectors.accountButton)?.getAttribute('aria-label');
  return label?.match(EMAIL)?.at(-1)?.toLowerCase();
}

/**
 * The signed-in user's name, from the account button's label ("Google Account: Jane Doe
 * (jane@example.com)", "Compte Google : Jane Doe (...)"): the words between the colon and the
 * address, whatever the language of the prefix.
 */
export function readUserName(doc: Document): string | undefined {
  const label = querySelectorOptional(doc, gmailSelectors.accountButton)?.getAttribute('aria-label');
  return label?.match(/:\s*([^:()]+?)\s*\(/)?.[1];
}
