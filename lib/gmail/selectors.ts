import type { NamedSelector } from '@/lib/dom/selectors';

// Gmail's markup, from ../shared/docs/host-pages.md (InboxSDK, gmail.js, FlowCrypt, Briskine).
// Never select by visible or aria-label text: Gmail translates it.
const sel = (name: string, ...alternatives: Array<[css: string, seen: string]>): NamedSelector => ({
  name,
  alternatives: alternatives.map(([css, seen]) => ({ css, seen })),
});

export const gmailSelectors = {
  main: sel('main area', ['div[role="main"]', '2026-08']),
  subject: sel('thread subject', ['h2.hP', '2026-08'], ['.ha h2', '2025-11']),
  threadId: sel(
    'thread id',
    ['h2[data-legacy-thread-id]', '2026-08'],
    ['[role="main"] [data-legacy-thread-id]', '2026-08'],
  ),
  // The selected row of the list holds the id when the subject paints before it (InboxSDK PR #1309).
  selectedRowThreadId: sel('selected thread row', ['[gh="tl"] tr.aps [data-legacy-thread-id]', '2026-08']),
  message: sel('message', ['div.adn[data-message-id]', '2026-08'], ['div.adn[data-legacy-message-id]', '2025-11']),
  messageSender: sel(
    'message sender',
    ['h3.iw span[email]', '2026-08'],
    ['span.gD[email]', '2026-08'],
    ['td.gF span[email]', '2024-06'],
  ),
  messageRecipients: sel('message recipients', ['.hb span[email]', '2026-08'], ['span.g2[email]', '2025-11']),
  composeRoot: sel('compose window', ['div.M9', '2026-08']),
  composeBody: sel(
    'compose body',
    ['[g_editable="true"][contenteditable="true"]', '2026-08'],
    ['[role="textbox"][contenteditable="true"]', '2026-08'],
    ['.Am.editable', '2025-11'],
  ),
  // Recipient chips of a compose window (2021+): address in data-hovercard-id, name in data-name.
  composeRecipient: sel('compose recipient', ['.GS [name="to"] [role="option"][data-hovercard-id]', '2026-08']),
  composeSubject: sel('compose subject', ['input[name="subjectbox"]', '2026-08']),
  // The signature Gmail puts in a compose body when the user set one in Gmail (the same markup
  // goes out in the sent mail): Leeway's text then leaves out its own {{me.signature}}.
  composeSignature: sel(
    'compose signature',
    ['[data-smartmail="gmail_signature"]', '2026-11'],
    ['.gmail_signature', '2026-11'],
  ),
  // Only a reply carries this marker (InboxSDK).
  replyMarker: sel('reply marker', ['.HQ', '2025-11']),
  popupCompose: sel('popup compose', ['.AD [role="dialog"]', '2026-08']),
  fullscreenCompose: sel('fullscreen compose', ['.aSs .aSt', '2025-11']),
  // The "Reply" link under the last message of a thread.
  replyButton: sel('reply button', ['.amn .ams.bkH', '2025-11']),
  messageBody: sel('message body', ['div.a3s', '2026-08']),
  accountButton: sel('account button', [
    'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]',
    '2026-08',
  ]),
} as const;
