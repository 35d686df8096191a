import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidebarApp } from '@/components/sidebar-app';
import { sendMessage } from '@/lib/messaging';
import '@/components/sidebar.css';

// Asked for at once, while React starts: the sidebar shows its first content sooner.
const boot = {
  settings: sendMessage('getSettings', undefined),
  tabId: browser.tabs.getCurrent().then((tab) => tab?.id),
};
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidebarApp mode="frame" boot={boot} />
  </StrictMode>,
);
