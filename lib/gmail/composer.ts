import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  composeBoxOf,
  findComposeBoxes,
  getReplyButton,
  hasGmailSignature,
  readFirstRecipient,
  type ComposeBox,
  type ComposeKind,
} from './compose';
import type { Person } from '@/lib/clients/person';
import { insertIntoCompose } from './insert-text';
import { parseGmailRoute } from './routes';
import { gmailSelectors } from './selectors';
import { querySelectorOptional } from '@/lib/dom/selectors';
import { createEmitter } from '@/lib/emitter';

/** Where the text went; with no compose to write into, the view copies it to the clipboard. */
export type InsertOutcome = { inserted: true; kind: ComposeKind } | { inserted: false };

/** The compose a text would go into, as the sidebar shows it before inserting. */
export interface ComposeTarget {
  /** Its first recipient, as Gmail shows it in the recipient chips; none yet: undefined. */
  recipient?: Person;
  /** Whether the user was last in it (else it is the open compose Leeway would pick). */
  lastUsed: boolean;
  isReply: boolean;
  /** Gmail already put the user's signature in it: the text goes in without Leeway's. */
  signed?: boolean;
}

export interface GmailComposer {
  /**
   * Inserts into the compose the user was in (opening a reply if none); `unsignedText` instead
   * of `text` where Gmail already put the user's signature, so the message is not signed twice.
   */
  insert(text: string, subject: string, unsignedText?: string): Promise<InsertOutcome>;
  /** The compose the text would go into, if one is open. */
  target(): ComposeTarget | undefined;
  /** Gives focus back to the compose the user was in, with the caret where it was. */
  returnToCompose(): void;
  /** Calls back when the user presses the picker shortcut in a compose box; returns an unsubscribe. */
  onShortcut(callback: () => void): () => void;
  /** Called with true when the focus enters a compose box, false when it leaves them all. */
  onComposeFocusChange(callback: (inCompose: boolean) => void): () => void;
  /** Calls back when the focus enters or leaves a compose window: the target or its recipients may change. */
  onComposeFocus(callback: () => void): () => void;
}

// How long Gmail may take to open a reply after its Reply link is clicked.
const REPLY_OPEN_TIMEOUT_MS = 3000;

/** The picker's shortcut from a compose box: Alt+Shift+L (by key position, any layout). */
const isPickerShortcut = (event: KeyboardEvent): boolean =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL';

function waitForCompose(ctx: ContentScriptContext): Promise<ComposeBox | undefined> {
  return new Promise((resolve) => {
    const found = () => findComposeBoxes(document).find((box) => box.kind === 'inline');
    const observer = new MutationObserver(() => {
      const box = found();
      if (box) finish(box);
    });
    const timer = ctx.setTimeout(() => finish(undefined), REPLY_OPEN_TIMEOUT_MS);
    // The extension reloaded or updated while Gmail opened the reply: the observer goes with it.
    const stopOnInvalidated = ctx.onInvalidated(() => finish(undefined));
    function finish(box: ComposeBox | undefined) {
      observer.disconnect();
      clearTimeout(timer);
      stopOnInvalidated();
      resolve(box);
    }
    observer.observe(querySelectorOptional(document, gmailSelectors.main) ?? document.body, {
      childList: true,
      subtree: true,
    });
  });
}

export function createGmailComposer(ctx: ContentScriptContext): GmailComposer {
  // The compose the user was last in and the caret there: clicking in the sidebar moves focus,
  // and the insertion must land where the user was writing.
  let lastBody: HTMLElement | undefined;
  let lastCaret: Range | undefined;
  const shortcuts = createEmitter();
  const focusChanges = createEmitter();
  const composeFocus = createEmitter<boolean>();

  function rememberCaret() {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const box = composeBoxOf(selection.anchorNode);
    if (!box || !box.body.contains(selection.anchorNode)) return;
    lastBody = box.body;
    lastCaret = selection.getRangeAt(0).cloneRange();
  }
  // selectionchange arrives a task late: the caret is also read at the moment focus leaves the
  // compose and when the shortcut is pressed, before the sidebar takes the focus.
  ctx.addEventListener(document, 'selectionchange', rememberCaret);
  ctx.addEventListener(
    document,
    'focusout',
    (event) => {
      rememberCaret();
      // The recipients may have changed while the focus was there (an address typed, a chip
      // removed): read again once the page's own handlers of this focus change have run.
      if (composeBoxOf(event.target as Node))
        ctx.setTimeout(() => {
          focusChanges.emit();
          if (!composeBoxOf(document.activeElement)) composeFocus.emit(false);
        }, 0);
    },
    { capture: true },
  );
  ctx.addEventListener(document, 'focusin', (event) => {
    const box = composeBoxOf(event.target as Node);
    if (!box) return;
    // The compose the user moves into (its body or its recipients) receives the text from now
    // on: the views are told at once, not a task later when selectionchange moves the caret.
    if (box.body !== lastBody) {
      lastBody = box.body;
      lastCaret = undefined;
    }
    focusChanges.emit();
    composeFocus.emit(true);
  });
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      // The user's own keys only: a page script's synthetic event cannot move the focus.
      if (!event.isTrusted || !isPickerShortcut(event) || !composeBoxOf(event.target as Node)) return;
      event.preventDefault();
      event.stopPropagation();
      rememberCaret();
      shortcuts.emit();
    },
    { capture: true },
  );

  function chooseTarget(): ComposeBox | undefined {
    if (lastBody?.isConnected) {
      const box = composeBoxOf(lastBody);
      if (box) return box;
    }
    const boxes = findComposeBoxes(document);
    // A reply to the open thread first, else the newest compose window.
    return boxes.find((box) => box.kind === 'inline') ?? boxes.at(-1);
  }

  return {
    async insert(text, subject, unsignedText) {
      let box = chooseTarget();
      if (!box && parseGmailRoute(location.href).name === 'thread') {
        getReplyButton(document)?.click();
        box = await waitForCompose(ctx);
      }
      const caret = box && box.body === lastBody ? lastCaret : undefined;
      // Above Gmail's signature, the sign-off ends its own line.
      const chosen = box && unsignedText !== undefined && hasGmailSignature(box) ? `${unsignedText}\n` : text;
      if (box && insertIntoCompose(box, chosen, subject, caret)) return { inserted: true, kind: box.kind };
      return { inserted: false };
    },
    target() {
      const box = chooseTarget();
      return (
        box && {
          recipient: readFirstRecipient(box),
          lastUsed: box.body === lastBody,
          isReply: box.isReply,
          signed: hasGmailSignature(box),
        }
      );
    },
    returnToCompose() {
      if (!lastBody?.isConnected) return;
      lastBody.focus();
      if (lastCaret && lastBody.contains(lastCaret.startContainer)) {
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(lastCaret);
      }
    },
    onShortcut: shortcuts.subscribe,
    onComposeFocus: focusChanges.subscribe,
    onComposeFocusChange: composeFocus.subscribe,
  };
}
