import { describe, expect, it } from 'vitest';
import type { ComposeTarget, GmailComposer } from '@/lib/gmail/composer';
import { gmailFeed } from '@/lib/gmail/gmail-feed';
import type { ThreadContext } from '@/lib/gmail/read-thread';
import { parseGmailRoute } from '@/lib/gmail/routes';
import type { GmailPageState } from '@/lib/gmail/watch-thread';
import type { GmailFeed } from '@/lib/page/protocol';

const MARK = { name: 'Mark Ellison', email: 'mark@northwind-creative.com' };
const thread: ThreadContext = { subject: 'Q4 launch timeline', otherParty: MARK };

function feedFor(target: ComposeTarget | undefined) {
  const state: GmailPageState = {
    route: parseGmailRoute('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLVdHLnPsKbCrXSgvpnTgVkD'),
    thread,
  };
  const store = { getSnapshot: () => ({ value: state, status: 'settled' as const }), subscribe: () => () => {} };
  const composer = { target: () => target, onComposeFocus: () => () => {} } as unknown as GmailComposer;
  return (gmailFeed(store, composer).get() as GmailFeed).compose;
}

describe('the compose in the Gmail feed', () => {
  it('is addressed to the thread’s other party when it is a reply whose chips Gmail has not painted', () => {
    expect(feedFor({ lastUsed: false, isReply: true })).toEqual({ recipient: MARK, lastUsed: false, isReply: true });
  });

  it('keeps the recipient a compose shows, and no one for a new message without one', () => {
    const sofia = { name: 'Sofia Reyes', email: 'sofia@reyes-consulting.com' };
    expect(feedFor({ recipient: sofia, lastUsed: true, isReply: false })?.recipient).toEqual(sofia);
    expect(feedFor({ lastUsed: true, isReply: false })?.recipient).toBeUndefined();
    expect(feedFor(undefined)).toBeUndefined();
  });
});
