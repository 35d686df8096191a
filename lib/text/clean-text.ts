/**
 * Text from Google's page is written by whoever sends the user an email or an invitation. Before
 * Leeway shows it or puts it into an email, it loses what draws nothing or moves text around:
 * C0 and C1 controls, format characters (bidi embeddings, overrides, isolates and marks;
 * zero-width spaces, joiners and non-joiners; the byte order mark; soft hyphens; tags) and halves
 * of surrogate pairs standing alone. Joiners go too, although emoji sequences and some scripts
 * use them: a name or a subject reads the same without them, and they are what hides a word.
 */
const INVISIBLE = /[\p{Cf}\p{Cs}]|(?![\t\n])\p{Cc}/gu;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/** Removes the invisible characters, keeping line breaks (as \n) and tabs (as spaces): for text of several lines. */
export const cleanText = (text: string): string =>
  text.replace(LINE_BREAK, '\n').replace(INVISIBLE, '').replace(/\t/g, ' ');

/** The first `maxLength` characters of `text`, without a surrogate pair cut in half. */
export function cutText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const code = text.charCodeAt(maxLength - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength);
}

/**
 * A value read from the page (a name, an address, a subject, a Calendar label) as one line: the
 * invisible characters removed, every run of white space (line breaks included) made one space,
 * and cut to `maxLength`, the length the background accepts for it.
 */
export function cleanLine(text: string, maxLength = Infinity): string {
  // A page may hold any length: only what can make the result is cleaned (a few times the
  // length kept, as cleaning removes characters), so the cost never grows with the page's text.
  const start = maxLength === Infinity ? text : text.slice(0, maxLength * 4);
  const line = cleanText(start).replace(/\s+/g, ' ').trim();
  return cutText(line, maxLength).trimEnd();
}
