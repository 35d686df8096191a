import { browser } from 'wxt/browser';
import { StrictMode } from 'react';
import { reportFocus } from '@/lib/page/report-focus';
import { createRoot } from 'react-dom/client';
import { SidebarApp } from '@/components/sidebar-app';
import '@/components/sidebar.css';
import '@/components/today.css';

reportFocus();
document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidebarApp mode="panel" />
  </StrictMode>,
);
