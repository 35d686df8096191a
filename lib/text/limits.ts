/**
 * Lengths shared by the background's zod schemas and the page readers of the content scripts,
 * which cut what they read from Google's page to them: a value read from a page always fits what
 * the background accepts. Plain values, so the content scripts import them without zod.
 */

/** A person's or a client's name. */
export const MAX_NAME_LENGTH = 120;
/** A thread's subject, as a flag records it. */
export const MAX_SUBJECT_LENGTH = 500;
/** An address in a mail path (RFC 5321); a longer one is no address. */
export const MAX_ADDRESS_LENGTH = 254;
/** Gmail's legacy thread id, in hex. */
export const MAX_THREAD_ID_LENGTH = 32;

/** What both sides take for an address: something@domain.tld, no spaces. */
export const ADDRESS_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A quoted sentence of a client's, kept with a warning sign: a sentence or two, not a whole message. */
export const MAX_QUOTE_LENGTH = 1000;
