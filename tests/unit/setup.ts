import 'fake-indexeddb/auto';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';

// fakeBrowser's i18n throws: answer from the English catalogue, with $1-style substitutions,
// so components render the strings a user would read.
function getMessage(key: string, substitutions?: string | Array<string | number>): string {
  const entry = (en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
  if (!entry) return '';
  const subs = ([] as Array<string | number>).concat(substitutions ?? []).map(String);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});
