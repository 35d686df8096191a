import { GmailPanel } from '@/components/gmail-panel';
import { mountSidebar } from '@/lib/sidebar/mount-sidebar';
import { watchGmailThread } from '@/lib/gmail/watch-thread';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    void mountSidebar(ctx, <GmailPanel store={watchGmailThread(ctx)} />);
  },
});
