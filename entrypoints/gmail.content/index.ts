import { defineContentScript } from 'wxt/utils/define-content-script';

import { ignoreForgedRestarts } from '@/lib/dom/ignore-forged-restarts';
import { createGmailComposer } from '@/lib/gmail/composer';
import { readMessageSelection } from '@/lib/gmail/read-selection';
import { gmailFeed } from '@/lib/gmail/gmail-feed';
import { watchGmailThread } from '@/lib/gmail/watch-thread';
import { reportFocus } from '@/lib/page/report-focus';
import { servePage } from '@/lib/page/serve-page';
import { mountSidebarFrame } from '@/lib/sidebar/mount-frame';
import { watchSettings } from '@/lib/settings/watch-settings';

// Only what must touch Gmail's page runs here: reading the thread and the compose boxes,
// inserting text. The sidebar's UI is an extension page in a frame (entrypoints/sidebar).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // At "idle" (the default), not at document_end: measured on the heavy fixtures, starting at
  // document_end did not show the sidebar sooner (the frame's own start is what waits), and put
  // the frame in the page before its load event, which then waited for it (~100 ms).
  cssInjectionMode: 'manual',
  // WXT's "started" message would be posted to the page, which could replay it to stop Leeway;
  // its twin, a document event, is guarded in main (lib/dom/ignore-forged-restarts.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedRestarts(ctx);
    reportFocus((target, type, handler) => ctx.addEventListener(target, type, handler));
    const composer = createGmailComposer(ctx);
    const feed = gmailFeed(watchGmailThread(ctx), composer);
    const frame = mountSidebarFrame(ctx, watchSettings(ctx));
    const server = servePage(
      ctx,
      feed,
      {
        insertText: ({ text, subject, unsignedText }) =>
          composer.insert(String(text), String(subject), typeof unsignedText === 'string' ? unsignedText : undefined),
        returnToCompose: () => composer.returnToCompose(),
        readSelection: () => readMessageSelection(document),
      },
      (message) => {
        void frame.then((f) => f.onFrameMessage(message));
        if (message.type === 'unfold' && message.templates) server.send({ type: 'focus-templates' });
      },
    );
    composer.onShortcut(() => {
      void frame.then((f) => f.reveal());
      server.send({ type: 'focus-templates' });
    });
    composer.onComposeFocusChange((inCompose) => void frame.then((f) => f.setComposing(inCompose)));
  },
});
