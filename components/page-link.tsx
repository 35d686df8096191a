import type { ReactNode } from 'react';
import { usePageContext } from '@/lib/page/page-context';

/**
 * A link into Gmail or Calendar. In the sidebar it opens in the tab the sidebar shows (a frame
 * or the side panel cannot host Google's pages); elsewhere it is a plain link.
 */
export function PageLink({ href, children }: { href: string; children: ReactNode }) {
  const page = usePageContext();
  return (
    <a
      href={href}
      onClick={(event) => {
        if (!page || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        // A page gone in the meantime has nothing to open.
        void page.connection.call('openLink', { url: href }).catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}
