import { closestOf, querySelectorAllOf, querySelectorOptional } from '@/lib/dom/selectors';
import { readPerson } from './read-person';
import type { Person } from '@/lib/clients/person';
import { gmailSelectors as s } from './selectors';

export type ComposeKind = 'inline' | 'popup' | 'fullscreen';

/** A compose window of Gmail: a reply in a thread, a popup new message, or a fullscreen one. */
export interface ComposeBox {
  root: Element;
  body: HTMLElement;
  kind: ComposeKind;
  isReply: boolean;
  /** Only a new message shows a subject field; a reply's subject must never change. */
  subjectInput?: HTMLInputElement;
}

/** Whether Gmail already put the user's own signature in the compose body. */
export const hasGmailSignature = (box: ComposeBox): boolean => !!querySelectorOptional(box.body, s.composeSignature);

function describe(root: Element): ComposeBox | undefined {
  const body = querySelectorOptional(root, s.composeBody);
  if (!(body instanceof HTMLElement)) return undefined;
  const popup = !!closestOf(root, s.popupCompose);
  const fullscreen = !!closestOf(root, s.fullscreenCompose);
  const subject = querySelectorOptional(root, s.composeSubject);
  return {
    root,
    body,
    kind: fullscreen ? 'fullscreen' : popup ? 'popup' : 'inline',
    isReply: !!querySelectorOptional(root, s.replyMarker) || !(subject instanceof HTMLInputElement),
    subjectInput: subject instanceof HTMLInputElement ? subject : undefined,
  };
}

/** Every compose window on the page, in document order. */
export function findComposeBoxes(doc: Document): ComposeBox[] {
  return querySelectorAllOf(doc, s.composeRoot)
    .map(describe)
    .filter((box): box is ComposeBox => !!box);
}

/** The compose window holding `node` (a compose body or anything inside one), if any. */
export function composeBoxOf(node: Node | null): ComposeBox | undefined {
  const root = closestOf(node instanceof Element ? node : node?.parentElement, s.composeRoot);
  return root && describe(root);
}

/** The first person a compose window is addressed to, when Gmail shows a recipient chip. */
export function readFirstRecipient(box: ComposeBox): Person | undefined {
  const chip = querySelectorOptional(box.root, s.composeRecipient);
  return chip && readPerson(chip.getAttribute('data-hovercard-id'), chip.getAttribute('data-name'));
}

/** Gmail's "Reply" link under the thread, to open a reply when none is open. */
export const getReplyButton = (doc: Document): HTMLElement | undefined => {
  const button = querySelectorOptional(doc, s.replyButton);
  return button instanceof HTMLElement ? button : undefined;
};
