import { GmailPanel } from '@/components/gmail-panel';
import { listenForClientChanges } from '@/lib/clients/client-changes';
import { createGmailComposer } from '@/lib/gmail/composer';
import { watchGmailThread } from '@/lib/gmail/watch-thread';
import { mountSidebar } from '@/lib/sidebar/mount-sidebar';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    const composer = createGmailComposer(ctx);
    const panel = (
      <GmailPanel store={watchGmailThread(ctx)} composer={composer} onClientChanges={listenForClientChanges()} />
    );
    void mountSidebar(ctx, panel, composer.onShortcut);
  },
});
