import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHandlers } from '@/lib/background/register-handlers';
import { candidateDomains } from '@/lib/clients/match';
import { createClientsRepo } from '@/lib/db/clients-repo';
import { createDbConnection } from '@/lib/db/open-db';
import { createSettingsRepo } from '@/lib/db/settings-repo';
import { createTemplatesRepo } from '@/lib/db/templates-repo';
import { findComposeBoxes, readFirstRecipient } from '@/lib/gmail/compose';
import { readThread } from '@/lib/gmail/read-thread';
import { readUserEmail, readUserName } from '@/lib/gmail/read-user';
import { removeAllListeners, sendMessage } from '@/lib/messaging';
import { defaultFieldValues, renderTemplate, type RenderContext } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/template';
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
});

describe('long page text breaks features', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    const getDb = createDbConnection();
    registerHandlers({
      settings: createSettingsRepo(getDb),
      templates: createTemplatesRepo(getDb),
      clients: createClientsRepo(getDb),
    });
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
});
