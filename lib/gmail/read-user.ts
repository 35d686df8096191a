import { querySelectorOptional } from '@/lib/dom/selectors';
import { cleanLine } from '@/lib/text/clean-text';
import { MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH } from '@/lib/text/limits';
import { readAddress } from './read-person';
import { gmailSelectors } from './selectors';

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/g;
// Only the end of the title is searched: the subject before it may be any length, and finding
// addresses costs the square of the text searched. The address and " - Gmail" fit in this.
const TITLE_END_LENGTH = MAX_ADDRESS_LENGTH + 64;
// "Google Account: <name> (<address>)": room for the longest name and address, in any language.
const ACCOUNT_LABEL_LENGTH = MAX_NAME_LENGTH + MAX_ADDRESS_LENGTH + 100;

const readAccountLabel = (doc: Document): string =>
  cleanLine(
    querySelectorOptional(doc, gmailSelectors.accountButton)?.getAttribute('aria-label') ?? '',
    ACCOUNT_LABEL_LENGTH,
  );

/**
 * The signed-in user's address. Gmail's title ends with it in every language
 * ("Inbox (3) - jane@example.com - Gmail"); a subject may hold addresses too, so the last one
 * wins. The account button's label, which also holds it, is the fallback.
 */
export function readUserEmail(doc: Document): string | undefined {
  const fromTitle = doc.title.slice(-TITLE_END_LENGTH).match(EMAIL)?.at(-1);
  return readAddress(fromTitle ?? readAccountLabel(doc).match(EMAIL)?.at(-1));
}

/**
 * The signed-in user's name, from the account button's label ("Google Account: Jane Doe
 * (jane@example.com)", "Compte Google : Jane Doe (...)"): the words between the colon and the
 * address, whatever the language of the prefix.
 */
export function readUserName(doc: Document): string | undefined {
  const name = cleanLine(readAccountLabel(doc).match(/:\s*([^:()]+?)\s*\(/)?.[1] ?? '', MAX_NAME_LENGTH);
  return name || undefined;
}
