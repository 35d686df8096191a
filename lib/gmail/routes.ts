/** Where the user is in Gmail, read from the URL's hash alone. */
export type GmailRoute =
  | { name: 'thread'; list: string; token: string; composing: boolean }
  | { name: 'list'; list: string; composing: boolean }
  | { name: 'settings'; composing: boolean };

// Lists named by two hash segments (`#label/Clients/<token>`); the others by one (`#inbox/<token>`).
const TWO_SEGMENT_LISTS = new Set(['label', 'search', 'category', 'advanced-search', 'section_query', 'apps']);
// The hash token of a thread (FMfcgz... since 2019, 16 hex digits before): NOT the thread id.
const THREAD_TOKEN = /^[A-Za-z0-9]{16,}$/;

export function parseGmailRoute(url: string | URL): GmailRoute {
  const hash = new URL(url).hash.replace(/^#/, '');
  const [path = '', query = ''] = hash.split('?');
  const composing = new URLSearchParams(query).has('compose');
  const segments = path.split('/').filter(Boolean);
  const head = segments[0] ?? 'inbox';

  if (head === 'settings') return { name: 'settings', composing };
  const listLength = TWO_SEGMENT_LISTS.has(head) ? 2 : 1;
  const list = segments.slice(0, listLength).join('/') || 'inbox';
  const token = segments[listLength];
  if (token && THREAD_TOKEN.test(token)) return { name: 'thread', list, token, composing };
  return { name: 'list', list, composing };
}

export const isThreadView = (url: string | URL): boolean => parseGmailRoute(url).name === 'thread';

/** The first signed-in account's Gmail, where a link goes when no page said which account. */
export const FIRST_GMAIL_ACCOUNT = '/mail/u/0/';

/** The account part of a Gmail path (`/mail/u/1/`), the first account's when there is none. */
export const gmailAccountPath = (pathname: string): string =>
  pathname.match(/^\/mail\/(?:u\/\d+\/)?/)?.[0] ?? FIRST_GMAIL_ACCOUNT;

/** Where Gmail opens a thread from its legacy id: under #all, in the given account. */
export const gmailThreadUrl = (accountPath: string, threadId: string): string =>
  `https://mail.google.com${accountPath}#all/${threadId}`;

/**
 * Gmail's own compose page, prefilled: a new email, away from the thread on screen (ending an
 * engagement is not written into a hostile thread).
 */
export function gmailComposeUrl(
  accountPath: string,
  { to, subject, body }: { to?: string; subject: string; body: string },
): string {
  const query = new URLSearchParams({ view: 'cm', fs: '1', tf: '1', ...(to && { to }), su: subject, body });
  // A space as %20, not "+": every reader of a URL takes %20 for a space ("+" itself is %2B here).
  return `https://mail.google.com${accountPath}?${query.toString().replace(/\+/g, '%20')}`;
}

/**
 * The Gmail account of a Calendar account path (`/calendar/u/1/` gives `/mail/u/1/`): Google
 * numbers the accounts signed in to a browser the same way in every product.
 */
export function gmailPathOfCalendar(calendarPath: string): string {
  const account = calendarPath.match(/\/u\/\d+\//)?.[0];
  return account ? `/mail${account}` : FIRST_GMAIL_ACCOUNT;
}
