import { browser } from 'wxt/browser';
import { StrictMode } from 'react';
import { reportFocus } from '@/lib/page/report-focus';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options-app';
import '@/components/options.css';
import '@/components/today.css';
import { configureZod } from '@/lib/zod-config';

configureZod();

reportFocus();
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
