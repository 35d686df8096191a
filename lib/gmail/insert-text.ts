import type { ComposeBox } from './compose';

/** Whether the body holds nothing the user wrote (Gmail keeps a lone <br> in an empty one). */
const isEmptyBody = (body: HTMLElement): boolean => (body.textContent ?? '').trim() === '';

/** Puts the caret where the text goes: where the user left it, else at the start of the body. */
function placeCaret(body: HTMLElement, saved: Range | undefined): void {
  const selection = body.ownerDocument.getSelection();
  if (!selection) return;
  // A saved range goes stale when Gmail re-renders the compose (fullscreen toggle, for one).
  const range = saved && body.contains(saved.startContainer) && !isEmptyBody(body) ? saved : undefined;
  const caret = range ?? body.ownerDocument.createRange();
  if (!range) {
    caret.setStart(body, 0);
    caret.collapse(true);
  }
  selection.removeAllRanges();
  selection.addRange(caret);
}

/**
 * Types `text` into a compose body as if the user had: Gmail's editor, its undo (Ctrl+Z) and its
 * draft saving all see an ordinary insertion. `insertText` takes plain text, so nothing in it
 * can become markup, and it is no Trusted Types sink.
 */
export function insertIntoCompose(
  box: ComposeBox,
  text: string,
  subject: string | undefined,
  savedCaret?: Range,
): boolean {
  const { body } = box;
  const before = body.textContent ?? '';
  body.focus();
  placeCaret(body, savedCaret);
  const inserted = body.ownerDocument.execCommand('insertText', false, text) && body.textContent !== before;
  // Changing a reply's subject forks the thread for the recipient: only a new message gets one,
  // and only if the user has not written one yet.
  if (inserted && subject && !box.isReply && box.subjectInput && box.subjectInput.value.trim() === '') {
    box.subjectInput.value = subject;
    box.subjectInput.dispatchEvent(new Event('input', { bubbles: true }));
    box.subjectInput.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return inserted;
}
