import { browser } from 'wxt/browser';
import { StrictMode } from 'react';
import { reportFocus } from '@/lib/page/report-focus';
import { createRoot } from 'react-dom/client';
import { SidebarApp } from '@/components/sidebar-app';
import { sendMessage } from '@/lib/messaging';
import { ownTabId } from '@/lib/sidebar/own-tab';
import '@/components/sidebar.css';
import '@/components/today.css';

// Asked for at once, while React starts: the sidebar shows its first content sooner.
const settings = sendMessage('getSettings', undefined);
void ownTabId();
reportFocus();
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidebarApp mode="frame" initialSettings={settings} />
  </StrictMode>,
);
