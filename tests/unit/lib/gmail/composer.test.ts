import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createGmailComposer } from '@/lib/gmail/composer';
import { loadFixture } from '../../load-fixture';

// Mark's thread with its reply open, and a popup new message to Sofia Reyes.
function showFixture() {
  const page = loadFixture('gmail/thread-popup-en.html');
  page.querySelectorAll('script').forEach((script) => script.remove());
  document.body.replaceWith(document.importNode(page.body, true));
}
const popupBody = () => document.querySelector<HTMLElement>('[role="dialog"] [g_editable="true"]')!;
const replyBody = () => document.querySelector<HTMLElement>('.ip.adB [g_editable="true"]')!;

describe('the compose the text goes to', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    showFixture();
    ctx = new ContentScriptContext('composer-test');
  });
  afterEach(() => ctx.abort());

  it('is the one the focus entered last, already when the focus arrives there', () => {
    const composer = createGmailComposer(ctx);
    const seen: Array<string | undefined> = [];
    composer.onComposeFocus(() => seen.push(composer.target()?.recipient?.email));

    popupBody().focus();
    expect(seen.at(-1)).toBe('sofia@reyes-consulting.com');
    expect(composer.target()).toEqual({
      recipient: { name: 'Sofia Reyes', email: 'sofia@reyes-consulting.com' },
      lastUsed: true,
      isReply: false,
      signed: false,
    });
    replyBody().focus();
    expect(seen.at(-1)).toBe('mark@northwind-creative.com');
    expect(composer.target()).toMatchObject({ lastUsed: true, isReply: true });
  });

  it('is read again when the focus leaves a compose whose recipients changed meanwhile', async () => {
    const composer = createGmailComposer(ctx);
    const seen: Array<string | undefined> = [];
    composer.onComposeFocus(() => seen.push(composer.target()?.recipient?.email));
    popupBody().focus();
    const chip = document.querySelector('[role="dialog"] [name="to"] [role="option"]')!;
    chip.setAttribute('data-name', 'Alex Turner');
    chip.setAttribute('data-hovercard-id', 'alex@brightpath.io');
    popupBody().blur();
    await expect.poll(() => seen.at(-1)).toBe('alex@brightpath.io');
  });

  it('is the open reply before the user has been in any compose, and not the one last used', () => {
    const composer = createGmailComposer(ctx);
    expect(composer.target()).toEqual({
      recipient: { name: 'Mark Ellison', email: 'mark@northwind-creative.com' },
      lastUsed: false,
      isReply: true,
      signed: false,
    });
  });
});
