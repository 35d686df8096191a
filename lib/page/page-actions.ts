import type { InsertOutcome } from '@/lib/gmail/composer';
import type { PageConnection } from './connect-page';

/** What a view asks of the Gmail page it shows, through its tab's content script. */
export interface PageActions {
  /** `unsignedText` goes in instead where Gmail already signed the compose. */
  insert(text: string, subject: string, unsignedText?: string): Promise<InsertOutcome>;
  returnToCompose(): void;
}

export function pageActions(connection: PageConnection): PageActions {
  return {
    insert: (text, subject, unsignedText) => connection.call('insertText', { text, subject, unsignedText }),
    returnToCompose: () => void connection.call('returnToCompose', undefined).catch(() => undefined),
  };
}

/**
 * Copies text from the view itself: the page may not have the focus, the view does. A frame
 * inside Google's page may be refused the asynchronous clipboard (its permission is the top
 * page's); the older copy command, run on the user's click, still works there.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    const previous = document.activeElement as HTMLElement | null;
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
      previous?.focus();
    }
  }
}
