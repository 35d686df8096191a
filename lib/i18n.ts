import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';
import type { TemplateLanguage } from '@/lib/templates/template';

/** Every key of the English catalogue; the French one has the same keys (a unit test checks). */
export type MessageKey = keyof typeof en;

/** The user's string for `key`, in the browser's language (English or French). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The language the browser shows Leeway in, for formatting dates and numbers. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The template language matching the browser's: French for French browsers, else English. */
export function browserTemplateLanguage(): TemplateLanguage {
  return uiLanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
