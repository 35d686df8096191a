import { createContext, useContext } from 'react';
import type { PageConnection } from './connect-page';

/** The tab a sidebar view shows, for the panels inside it; absent on the options page. */
export interface PageContextValue {
  tabId: number;
  connection: PageConnection;
}

export const PageContext = createContext<PageContextValue | undefined>(undefined);
export const usePageContext = (): PageContextValue | undefined => useContext(PageContext);
