import { querySelectorAllOf, querySelectorOptional, selectorMiss } from '@/lib/dom/selectors';
import type { SelectorMiss } from '@/lib/page/selector-miss';
import { detectLanguage } from '@/lib/templates/detect-language';
import type { TemplateLanguage } from '@/lib/templates/template';
import { cleanLine } from '@/lib/text/clean-text';
import { MAX_SUBJECT_LENGTH, MAX_THREAD_ID_LENGTH } from '@/lib/text/limits';
import type { Person } from '@/lib/clients/person';
import { readPerson } from './read-person';
import { gmailSelectors as s } from './selectors';

/** What Leeway knows of the open thread, read from Gmail's page. */
export interface ThreadContext {
  subject: string;
  /** Gmail's legacy hex id; undefined while Gmail has not painted it yet. */
  threadId?: string;
  /** The most recent sender who is not the user, else the first recipient who is not. */
  otherParty?: Person;
  userEmail?: string;
  /** The language the thread is written in, when its last messages say so clearly. */
  language?: TemplateLanguage;
}

const readPersonOf = (el: Element): Person | undefined =>
  readPerson(el.getAttribute('email'), el.getAttribute('name'), el.textContent);

function readThreadId(doc: Document, main: Element): string | undefined {
  for (const el of [querySelectorOptional(main, s.threadId), querySelectorOptional(doc, s.selectedRowThreadId)]) {
    const id = el?.getAttribute('data-legacy-thread-id')?.trim();
    // Gmail briefly writes the literal "undefined" (gmail.js #814).
    if (id && id.length <= MAX_THREAD_ID_LENGTH && /^[0-9a-f]+$/i.test(id)) return id;
  }
  return undefined;
}

function findOtherParty(main: Element, userEmail: string | undefined): Person | undefined {
  const isOther = (p: Person | undefined): p is Person => !!p && p.email !== userEmail;
  const messages = querySelectorAllOf(main, s.message).reverse();
  let senderFound = false;
  for (const message of messages) {
    const sender = querySelectorOptional(message, s.messageSender);
    senderFound ||= !!sender;
    const person = sender && readPersonOf(sender);
    if (isOther(person)) return person;
  }
  // No sender could be read at all: whether the user wrote every message is unknown, so no
  // recipient is taken for the client.
  if (!senderFound) return undefined;
  // Every message is the user's own: the client is whom they wrote to.
  for (const message of messages) {
    const recipient = querySelectorAllOf(message, s.messageRecipients).map(readPersonOf).find(isOther);
    if (recipient) return recipient;
  }
  return undefined;
}

// A few hundred words of the latest messages are enough to tell the language.
const LANGUAGE_SAMPLE_CHARS = 2000;

function readLanguage(main: Element): TemplateLanguage | undefined {
  let sample = '';
  for (const body of querySelectorAllOf(main, s.messageBody).reverse()) {
    sample += ` ${body.textContent ?? ''}`;
    if (sample.length > LANGUAGE_SAMPLE_CHARS) break;
  }
  return detectLanguage(sample.slice(0, LANGUAGE_SAMPLE_CHARS));
}

/** Reads the open thread, or undefined when the page shows no thread (yet). */
export function readThread(doc: Document, userEmail: string | undefined): ThreadContext | undefined {
  const main = querySelectorOptional(doc, s.main);
  const subjectEl = main && querySelectorOptional(main, s.subject);
  if (!main || !subjectEl) return undefined;
  return {
    subject: cleanLine(subjectEl.textContent ?? '', MAX_SUBJECT_LENGTH),
    threadId: readThreadId(doc, main),
    otherParty: findOtherParty(main, userEmail),
    userEmail,
    language: readLanguage(main),
  };
}

/**
 * The first part of the open thread that Gmail's page does not show in a form Leeway knows, on
 * a thread route: what the sidebar names once Leeway gives up waiting for it.
 */
export function findThreadMiss(doc: Document, thread: ThreadContext | undefined): SelectorMiss | undefined {
  const main = querySelectorOptional(doc, s.main);
  if (!main) return selectorMiss(s.main);
  if (!thread) return selectorMiss(s.subject);
  const messages = querySelectorAllOf(main, s.message);
  if (messages.length === 0) return selectorMiss(s.message);
  if (!messages.some((message) => querySelectorOptional(message, s.messageSender)))
    return selectorMiss(s.messageSender);
  if (!thread.threadId) return selectorMiss(s.threadId);
  return undefined;
}
