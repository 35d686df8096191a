import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InsertTargetLine, type InsertTarget } from '@/components/insert-target';

const MARK = { name: 'Mark Ellison', email: 'mark@northwind-creative.com' };
const textOf = (target: InsertTarget) =>
  new DOMParser().parseFromString(renderToStaticMarkup(<InsertTargetLine target={target} />), 'text/html').body
    .textContent;

describe('the line that says whom an inserted text is for', () => {
  it('names the recipient and the compose the text goes into', () => {
    expect(textOf({ where: 'compose', recipient: MARK, lastUsed: true, isReply: false })).toBe(
      'For Mark Ellison <mark@northwind-creative.com> (the message you were writing)',
    );
    expect(textOf({ where: 'compose', recipient: MARK, lastUsed: false, isReply: true })).toBe(
      'For Mark Ellison <mark@northwind-creative.com> (the open reply)',
    );
    expect(textOf({ where: 'compose', recipient: MARK, lastUsed: false, isReply: false })).toBe(
      'For Mark Ellison <mark@northwind-creative.com> (the open new message)',
    );
    expect(textOf({ where: 'new-reply', recipient: MARK })).toBe(
      'For Mark Ellison <mark@northwind-creative.com> (a new reply to this thread)',
    );
  });

  it('shows a bare address once, and says when there is no one or nowhere to write to', () => {
    const bare = { name: 'mark@northwind-creative.com', email: 'mark@northwind-creative.com' };
    expect(textOf({ where: 'compose', recipient: bare, lastUsed: true, isReply: false })).toBe(
      'For mark@northwind-creative.com (the message you were writing)',
    );
    expect(textOf({ where: 'compose', lastUsed: true, isReply: false })).toBe('The message has no recipient yet.');
    expect(textOf({ where: 'clipboard' })).toBe('No message open: Insert will copy the text to your clipboard.');
  });
});
