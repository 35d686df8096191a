/**
 * A named selector that matched nothing where Leeway needed it, as the sidebar reports it: a user
 * can pass the selectors on to support, who can tell which part of Google's page changed.
 */
export interface SelectorMiss {
  name: string;
  /** Every alternative that was tried, newest first. */
  css: string[];
}

/** "`[data-eventchip]`, `div[data-eventid][role="button"]`": the selectors as a user can quote them. */
export const quoteSelectors = (miss: SelectorMiss): string => miss.css.map((css) => `\`${css}\``).join(', ');
