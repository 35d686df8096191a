import { createGmailComposer } from '@/lib/gmail/composer';
import { gmailFeed } from '@/lib/gmail/gmail-feed';
import { watchGmailThread } from '@/lib/gmail/watch-thread';
import { onPageMessage } from '@/lib/page/protocol';
import { servePage } from '@/lib/page/serve-page';
import { mountSidebarFrame } from '@/lib/sidebar/mount-frame';
import { watchSettings } from '@/lib/settings/watch-settings';
import { sendMessage } from '@/lib/messaging';

// Only what must touch Gmail's page runs here: reading the thread and the compose boxes,
// inserting text. The sidebar's UI is an extension page in a frame (entrypoints/sidebar).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const composer = createGmailComposer(ctx);
    const feed = gmailFeed(watchGmailThread(ctx), composer);
    onPageMessage('insertText', ({ data }) => composer.insert(String(data.text), String(data.subject)));
    onPageMessage('returnToCompose', () => composer.returnToCompose());
    void sendMessage('enableSidePanel', undefined).catch(() => undefined);
    const frame = mountSidebarFrame(ctx, watchSettings(ctx));
    const server = servePage(ctx, feed, (message) => {
      if (message.type === 'height') void frame.then((f) => f.setContentHeight(message.px));
    });
    composer.onShortcut(() => {
      void frame.then((f) => f.reveal());
      server.send({ type: 'focus-templates' });
    });
  },
});
