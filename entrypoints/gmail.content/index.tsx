import { GmailPanel } from '@/components/gmail-panel';
import { createGmailComposer } from '@/lib/gmail/composer';
import { watchGmailThread } from '@/lib/gmail/watch-thread';
import { mountSidebar } from '@/lib/sidebar/mount-sidebar';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    const composer = createGmailComposer(ctx);
    void mountSidebar(ctx, <GmailPanel store={watchGmailThread(ctx)} composer={composer} />, composer.onShortcut);
  },
});
