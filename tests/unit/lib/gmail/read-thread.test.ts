import { describe, expect, it } from 'vitest';
import { findThreadMiss, readThread } from '@/lib/gmail/read-thread';
import { readUserEmail } from '@/lib/gmail/read-user';
import { loadFixture } from '../../load-fixture';

const USER = 'jane.doe@gmail.com';

describe('readThread on the fixtures', () => {
  it('reads the English thread: subject, id, and the last sender who is not the user', () => {
    const doc = loadFixture('gmail/thread-en.html');
    expect(readThread(doc, readUserEmail(doc))).toEqual({
      subject: 'Q4 launch timeline',
      threadId: '19a36435ce2f0ff3',
      otherParty: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
      userEmail: USER,
      language: 'en',
    });
  });

  it('reads the same thread in French Gmail', () => {
    const doc = loadFixture('gmail/thread-fr.html');
    expect(readThread(doc, readUserEmail(doc))).toEqual({
      subject: 'Calendrier du lancement T4',
      threadId: '19a3a7c2e5b01d44',
      otherParty: { name: 'Claire Martin', email: 'claire.martin@atelier-lumiere.fr' },
      userEmail: USER,
      language: 'fr',
    });
  });

  it('finds no thread in the inbox', () => {
    const doc = loadFixture('gmail/inbox-en.html');
    expect(readThread(doc, USER)).toBeUndefined();
  });
});

describe('readThread while Gmail is still painting', () => {
  it('ignores the literal "undefined" id Gmail sometimes writes', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.querySelector('h2.hP')!.setAttribute('data-legacy-thread-id', 'undefined');
    expect(readThread(doc, USER)?.threadId).toBeUndefined();
  });

  it('falls back to the selected row of the list for the id', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.querySelector('h2.hP')!.removeAttribute('data-legacy-thread-id');
    const list = doc.createElement('div');
    list.setAttribute('gh', 'tl');
    const table = list.appendChild(doc.createElement('table'));
    const row = table.appendChild(doc.createElement('tbody')).appendChild(doc.createElement('tr'));
    row.className = 'zA aps';
    row.appendChild(doc.createElement('span')).setAttribute('data-legacy-thread-id', '19a36435ce2f0ff3');
    doc.body.append(list);
    expect(readThread(doc, USER)?.threadId).toBe('19a36435ce2f0ff3');
  });
});

describe('who the other party is', () => {
  it('is the first recipient who is not the user when every message is the user’s', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.querySelectorAll('h3.iw span[email]').forEach((sender) => {
      sender.setAttribute('email', USER);
      sender.setAttribute('name', 'Jane Doe');
    });
    expect(readThread(doc, USER)?.otherParty).toEqual({ name: 'Mark Ellison', email: 'mark@northwind-creative.com' });
  });

  it('is absent when nobody but the user is in the thread', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.querySelectorAll('[role="main"] span[email]').forEach((person) => person.setAttribute('email', USER));
    expect(readThread(doc, USER)?.otherParty).toBeUndefined();
  });

  it('compares addresses without regard to case', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc
      .querySelectorAll('span[email="jane.doe@gmail.com"]')
      .forEach((me) => me.setAttribute('email', 'Jane.Doe@Gmail.com'));
    expect(readThread(doc, USER)?.otherParty?.email).toBe('mark@northwind-creative.com');
  });
});

describe('every Gmail "could not read" state names the selector that failed', () => {
  const missOf = (doc: Document) => findThreadMiss(doc, readThread(doc, USER))?.name;
  const renameClass = (doc: Document, css: string, from: string) =>
    doc.querySelectorAll(css).forEach((el) => el.classList.replace(from, `${from}-renamed`));

  it('names nothing on a thread read whole', () => {
    expect(missOf(loadFixture('gmail/thread-en.html'))).toBeUndefined();
    expect(missOf(loadFixture('gmail/thread-fr.html'))).toBeUndefined();
  });

  it('names the main area, then the subject, when Gmail paints neither as Leeway knows them', () => {
    const noMain = loadFixture('gmail/thread-en.html');
    noMain.querySelector('[role="main"]')!.removeAttribute('role');
    expect(missOf(noMain)).toBe('main area');
    const noSubject = loadFixture('gmail/thread-en.html');
    renameClass(noSubject, 'h2.hP', 'hP');
    renameClass(noSubject, '.ha', 'ha');
    expect(missOf(noSubject)).toBe('thread subject');
  });

  it('names the messages, then their headers, when the thread is found but they are not', () => {
    const noMessage = loadFixture('gmail/thread-en.html');
    renameClass(noMessage, 'div.adn', 'adn');
    expect(missOf(noMessage)).toBe('message');
    const noHeader = loadFixture('gmail/thread-en.html');
    renameClass(noHeader, 'h3.iw', 'iw');
    renameClass(noHeader, 'span.gD', 'gD');
    renameClass(noHeader, 'td.gF', 'gF');
    expect(findThreadMiss(noHeader, readThread(noHeader, USER))).toEqual({
      name: 'message sender',
      css: ['h3.iw span[email]', 'span.gD[email]', 'td.gF span[email]'],
    });
    // With no sender read, nobody is guessed as the client from the recipients.
    expect(readThread(noHeader, USER)?.otherParty).toBeUndefined();
  });

  it('names the thread id while Gmail has not painted it', () => {
    const doc = loadFixture('gmail/thread-en.html');
    doc.querySelector('h2.hP')!.removeAttribute('data-legacy-thread-id');
    expect(missOf(doc)).toBe('thread id');
  });
});
