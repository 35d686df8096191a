import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepos } from '@/lib/db/repos';
import { registerHandlers } from '@/lib/background/register-handlers';
import { readColumnEvents } from '@/lib/calendar/read-events';
import { readLabelTimes } from '@/lib/calendar/read-label';
import { readDayColumns } from '@/lib/calendar/read-view';
import { candidateDomains } from '@/lib/clients/match';
import { createDbConnection } from '@/lib/db/open-db';
import { findComposeBoxes, readFirstRecipient } from '@/lib/gmail/compose';
import { readThread } from '@/lib/gmail/read-thread';
import { readUserEmail, readUserName } from '@/lib/gmail/read-user';
import { removeAllListeners, sendMessage } from '@/lib/messaging';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/template-schema';
import { loadFixture } from './load-fixture';
import { bestTimeMs } from './timing';

// What an attacker controls: the name and address they send from, the subject they write, the
// title and location of an invitation. Leeway reads them off Google's page; these tests put
// hostile values where Google would show them and look at what reaches the sidebar, the
// background's store and the text inserted into an email.

const USER = 'jane.doe@gmail.com';
const MARK = 'mark@northwind-creative.com';
// Everything that must never reach an email: C0/C1 controls (line breaks included, for a name or
// a subject), bidi embeddings, overrides, isolates and marks, zero-width characters, line and
// paragraph separators.
const UNSAFE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

const markSenders = (doc: Document) => doc.querySelectorAll(`h3.iw span[email="${MARK}"]`);

function threadWith(subject: string, senderName: string, senderEmail = MARK): Document {
  const doc = loadFixture('gmail/thread-en.html');
  doc.querySelector('h2.hP')!.textContent = subject;
  markSenders(doc).forEach((sender) => {
    sender.setAttribute('name', senderName);
    sender.setAttribute('email', senderEmail);
  });
  return doc;
}

const template = (subject: string, body: string): Template => ({
  id: 'hostile',
  name: 'Hostile',
  category: 'other',
  language: 'en',
  subject,
  body,
  fields: [],
});

const contextOf = (doc: Document): RenderContext => {
  const thread = readThread(doc, USER)!;
  return {
    client: thread.otherParty,
    me: { name: 'Jane Doe', signature: '' },
    threadSubject: thread.subject,
    today: new Date(2026, 10, 26),
    week: { workDays: [1, 2, 3, 4, 5], daysOff: [] },
  };
};

describe('attacker-controlled names and subjects', () => {
  const subject = 'Invoice\u202E fdp.exe\n\nURGENT\u200B\u0007  pay\u2028now\u2066';
  const name = '\u2067Mark\u2069\r\nEllison\u200D\u0000\u061C';

  it('reach the sidebar without control, bidi or zero-width characters, on one line', () => {
    const thread = readThread(threadWith(subject, name), USER)!;
    expect(thread.subject).toBe('Invoice fdp.exe URGENT pay now');
    expect(thread.otherParty).toEqual({ name: 'Mark Ellison', email: MARK });
  });

  it('reach the email as plain words in {{client.name}}, {{client.firstName}} and {{thread.subject}}', () => {
    const context = contextOf(threadWith(subject, name));
    const hostile = template(
      'Re: {{thread.subject}}',
      'Hi {{client.firstName}} ({{client.name}}), re {{thread.subject}}.',
    );
    const rendered = renderTemplate(hostile, context, defaultFieldValues(hostile, context));
    expect(rendered).toEqual({
      subject: 'Re: Invoice fdp.exe URGENT pay now',
      body: 'Hi Mark (Mark Ellison), re Invoice fdp.exe URGENT pay now.',
    });
  });

  it('are cleaned in a compose recipient and in the account name too', () => {
    const doc = loadFixture('gmail/compose-popup-en.html');
    const chip = doc.querySelector('[name="to"] [role="option"]')!;
    chip.setAttribute('data-name', 'Mark\u202E\n Ellison\uFEFF');
    chip.setAttribute('data-hovercard-id', '\u200Bmark@northwind-creative.com\u200E');
    expect(readFirstRecipient(findComposeBoxes(doc)[0]!)).toEqual({ name: 'Mark Ellison', email: MARK });

    const account = doc.querySelector('a[href^="https://accounts.google.com/SignOutOptions"]')!;
    account.setAttribute('aria-label', 'Google Account: Jane\u202E\u0000\n Doe (jane.doe@gmail.com)');
    expect(readUserName(doc)).toBe('Jane Doe');
  });

  it('are cleaned by the renderer itself, whatever the sidebar hands it', () => {
    const hostile = template(
      '{{thread.subject}}',
      '{{client.name}}|{{client.firstName}}|{{thread.subject}}|{{me.name}}',
    );
    const rendered = renderTemplate(
      hostile,
      {
        client: { name: name, email: MARK },
        me: { name: 'Jane\u202E Doe', signature: '' },
        threadSubject: subject,
        today: new Date(2026, 10, 26),
        week: { workDays: [1, 2, 3, 4, 5], daysOff: [] },
      },
      {},
    );
    expect(rendered.subject).not.toMatch(UNSAFE);
    expect(rendered.body).not.toMatch(UNSAFE);
    expect(rendered.body).toBe('Mark Ellison|Mark|Invoice fdp.exe URGENT pay now|Jane Doe');
  });

  it.each([
    ['http://evil.example', 'http://evil.example'],
    ['https://evil.example/pay', 'https://evil.example/pay'],
    ['an address', 'a@b.c'],
    ['a bare domain', 'evil.example'],
    ['www', 'www.evil.example Mark'],
  ])('never greets by %s: the first name falls back to the address, else stays empty', (_, senderName) => {
    const byAddress = contextOf(threadWith('Hello', senderName));
    expect(defaultFieldValues(template('', '{{client.firstName}}'), byAddress)['client.firstName']).toBe('Mark');
    const noName = contextOf(threadWith('Hello', senderName, 'x9@northwind-creative.com'));
    expect(defaultFieldValues(template('', '{{client.firstName}}'), noName)['client.firstName']).toBe('');
  });

  it('are cleaned in a Calendar title, so its numbers are not taken for the event’s times', () => {
    const doc = loadFixture('calendar/week-en.html');
    const [, monday] = readDayColumns(doc, new Date(2026, 10, 25));
    const chip = monday!.column.querySelector('[data-eventchip]')!;
    // Calendar's label writes the title on one line; the visible title keeps its line break.
    chip.children[0]!.textContent = '9am to 10am, Review\u202E 10:45 plan, Calendar: Jane Doe, No location';
    chip.children[1]!.firstElementChild!.textContent = 'Review\n10:45\u200B plan';
    monday!.column.getBoundingClientRect = () => ({ height: 1152 }) as DOMRect;
    const [event] = readColumnEvents(monday!.column, monday!.day);
    expect([
      new Date(event!.start).getHours(),
      new Date(event!.end).getHours(),
      new Date(event!.end).getMinutes(),
    ]).toEqual([9, 10, 0]);
  });
});

describe('long page text breaks features', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    const getDb = createDbConnection();
    registerHandlers(createRepos(getDb));
  });
  afterEach(() => removeAllListeners());

  const flagFrom = (doc: Document) => {
    const thread = readThread(doc, USER)!;
    return sendMessage('flagClient', {
      person: thread.otherParty!,
      thread: { id: thread.threadId, subject: thread.subject },
      flag: { signs: ['scope-creep'], severity: 'medium', note: '' },
    });
  };

  it.each([
    ['a sender name over 200 characters', 'M'.repeat(201), 'Hello'],
    ['a sender name of 150 characters', 'M'.repeat(150), 'Hello'],
    ['a subject over 500 characters', 'Mark Ellison', 'S'.repeat(501)],
    ['a 100,000-character name and subject', 'N '.repeat(50_000), 'S'.repeat(100_000)],
  ])('still flags with %s: the values read are cut to what the store accepts', async (_, name, subject) => {
    const card = await flagFrom(threadWith(subject, name));
    expect(card.client.name.length).toBeLessThanOrEqual(120);
    expect(card.client.name.startsWith(name.slice(0, 10).trim())).toBe(true);
    expect(card.recent[0]!.thread.subject.length).toBeLessThanOrEqual(500);
    expect(card.recent[0]!.thread.subject.startsWith(subject.slice(0, 10))).toBe(true);
  });

  it('takes no address over 254 characters for the client', () => {
    const long = `${'m'.repeat(250)}@northwind-creative.com`;
    const doc = threadWith('Hello', 'Mark Ellison', long);
    doc.querySelectorAll(`span[email="${MARK}"]`).forEach((person) => person.setAttribute('email', long));
    expect(readThread(doc, USER)!.otherParty?.email).not.toBe(long);
    expect(readThread(doc, USER)!.otherParty?.email.length ?? 0).toBeLessThanOrEqual(254);
  });

  it('looks a client up by a handful of domains, however deep the address', () => {
    const deep = `m@${'x.'.repeat(120)}northwind-creative.com`;
    const domains = candidateDomains(deep);
    expect(domains.length).toBeLessThanOrEqual(5);
    expect(domains.at(-1)).toBe('northwind-creative.com');
    expect(candidateDomains('a@mail.eu.northwind.com')).toEqual([
      'mail.eu.northwind.com',
      'eu.northwind.com',
      'northwind.com',
    ]);
  });

  it('reads the user’s address from a title made long by a subject', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.title = `${'a'.repeat(100_000)} - jane.doe@gmail.com - Gmail`;
    expect(readUserEmail(doc)).toBe(USER);
    expect(bestTimeMs(() => readUserEmail(doc))).toBeLessThan(50);
  });

  it('renders a subject from a 100,000-character value of spaces in under 50 ms', () => {
    const spaced: Template = {
      ...template('{{note}}', '{{note}}'),
      fields: [{ id: 'note', label: 'Note', kind: 'longtext', default: '' }],
    };
    const values = { note: `Hello${' '.repeat(100_000)}there\n` };
    const context = contextOf(loadFixture('gmail/thread-en.html'));
    expect(renderTemplate(spaced, context, values).subject).toBe(`Hello${' '.repeat(100_000)}there`);
    expect(bestTimeMs(() => renderTemplate(spaced, context, values))).toBeLessThan(50);
  });

  // A 100,000-character event location froze Calendar for 915 ms in a review.
  const hostileLabels = {
    numbers: '1 '.repeat(50_000),
    'numbers against a prefix marker': '1上午'.repeat(33_333),
    'numbers against letters': '1a'.repeat(50_000),
    'non-Latin digits': '١ '.repeat(50_000),
    'dotted capitals': 'İ1 '.repeat(33_333),
  };

  it.each(Object.entries(hostileLabels))(
    'reads a chip label holding a 100,000-character location of %s in under 50 ms, however long it is',
    (kind, location) => {
      // An untitled event: no title to stop the reading at.
      const label = (length: number) => `9am to 10am, Calendar: Jane Doe, ${location.slice(0, length)}`;
      expect(readLabelTimes(label(100_000), '')?.start).toEqual({ hour: 9, minute: 0 });
      const short = bestTimeMs(() => readLabelTimes(label(1_000), ''));
      const long = bestTimeMs(() => readLabelTimes(label(100_000), ''));
      console.log(`label with ${kind}: ${short.toFixed(2)} ms for 1,000 characters, ${long.toFixed(2)} ms for 100,000`);
      expect(long).toBeLessThan(50);
      // The cost stops growing with the label: a hundred times longer, hardly slower.
      expect(long).toBeLessThan(short * 5 + 2);
    },
  );
});
