import { closestOf } from '@/lib/dom/selectors';
import { cleanLine } from '@/lib/text/clean-text';
import { MAX_QUOTE_LENGTH } from '@/lib/text/limits';
import { gmailSelectors } from './selectors';

/**
 * The text the user selected inside a message of the thread ("flag this sentence"), on one
 * line; nothing when the selection is empty or lies outside a message body (the inbox list, a
 * compose, Gmail's menus are not the client's words).
 */
export function readMessageSelection(doc: Document): string {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const end = range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement;
  const body = closestOf(start, gmailSelectors.messageBody);
  if (!body || body !== closestOf(end, gmailSelectors.messageBody)) return '';
  return cleanLine(selection.toString(), MAX_QUOTE_LENGTH);
}
