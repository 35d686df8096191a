import { describe, expect, it } from 'vitest';
import { composeBoxOf, findComposeBoxes, getReplyButton, readFirstRecipient } from '@/lib/gmail/compose';
import { loadFixture } from '../../load-fixture';

describe('compose windows on the fixtures', () => {
  it('finds the inline reply of a thread: a reply, with no subject to touch', () => {
    const [box, ...others] = findComposeBoxes(loadFixture('gmail/thread-en.html'));
    expect(others).toEqual([]);
    expect(box).toMatchObject({ kind: 'inline', isReply: true, subjectInput: undefined });
    expect(box!.body.getAttribute('g_editable')).toBe('true');
    expect(readFirstRecipient(box!)).toEqual({ name: 'Mark Ellison', email: 'mark@northwind-creative.com' });
  });

  it('finds a popup new message with its subject field and recipient', () => {
    const [box] = findComposeBoxes(loadFixture('gmail/compose-popup-en.html'));
    expect(box).toMatchObject({ kind: 'popup', isReply: false });
    expect(box!.subjectInput?.name).toBe('subjectbox');
    expect(readFirstRecipient(box!)).toEqual({ name: 'Mark Ellison', email: 'mark+newsletter@northwind-creative.com' });
  });

  it('reads each open compose’s own first recipient: the thread’s reply and a popup to someone else', () => {
    const boxes = findComposeBoxes(loadFixture('gmail/thread-popup-en.html'));
    expect(boxes.map((box) => [box.kind, box.isReply, readFirstRecipient(box)])).toEqual([
      ['inline', true, { name: 'Mark Ellison', email: 'mark@northwind-creative.com' }],
      ['popup', false, { name: 'Sofia Reyes', email: 'sofia@reyes-consulting.com' }],
    ]);
  });

  it('tells a fullscreen compose apart', () => {
    const doc = loadFixture('gmail/compose-popup-en.html');
    const dialog = doc.querySelector('[role="dialog"]')!;
    const outer = doc.createElement('div');
    outer.className = 'aSs';
    const inner = outer.appendChild(doc.createElement('div'));
    inner.className = 'aSt';
    inner.append(...dialog.childNodes);
    doc.body.append(outer);
    expect(findComposeBoxes(doc).map((box) => box.kind)).toEqual(['fullscreen']);
  });

  it('finds the compose holding a node, and nothing outside one', () => {
    const doc = loadFixture('gmail/thread-en.html');
    const body = doc.querySelector('[g_editable="true"]')!;
    expect(composeBoxOf(body)?.body).toBe(body);
    expect(composeBoxOf(doc.querySelector('h2.hP'))).toBeUndefined();
  });

  it('finds the Reply link when no reply is open', () => {
    const doc = loadFixture('gmail/thread-no-reply-en.html');
    expect(findComposeBoxes(doc)).toEqual([]);
    expect(getReplyButton(doc)?.textContent).toBe('Reply');
    expect(getReplyButton(loadFixture('gmail/thread-en.html'))).toBeUndefined();
  });
});
