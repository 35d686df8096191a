import type { SelectorMiss } from '@/lib/page/selector-miss';

/**
 * A named piece of a Google page, with the selectors known to match it, newest first. Each
 * alternative carries the date it was last seen on the real page, so stale ones can be retired.
 */
export interface NamedSelector {
  name: string;
  alternatives: ReadonlyArray<{ css: string; seen: string }>;
}

export function querySelectorOptional(root: ParentNode, selector: NamedSelector): Element | undefined {
  for (const { css } of selector.alternatives) {
    const found = root.querySelector(css);
    if (found) return found;
  }
  return undefined;
}

/** Every match of the first alternative that matches anything, in document order. */
export function querySelectorAllOf(root: ParentNode, selector: NamedSelector): Element[] {
  for (const { css } of selector.alternatives) {
    const found = root.querySelectorAll(css);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** The nearest ancestor of `element` (itself included) that one of the alternatives matches. */
export function closestOf(element: Element | null | undefined, selector: NamedSelector): Element | undefined {
  for (const { css } of selector.alternatives) {
    const found = element?.closest(css);
    if (found) return found;
  }
  return undefined;
}

/** Whether `element` itself is one of the named selector's alternatives. */
export const matchesSelector = (element: Element, selector: NamedSelector): boolean =>
  selector.alternatives.some(({ css }) => element.matches(css));

export const selectorMiss = ({ name, alternatives }: NamedSelector): SelectorMiss => ({
  name,
  css: alternatives.map(({ css }) => css),
});

/** What must be on the page is not: its reader stops, and whoever shows the page says which selector failed. */
export class SelectorError extends Error {
  readonly miss: SelectorMiss;
  constructor(selector: NamedSelector) {
    super(`No match for the ${selector.name} (${selector.alternatives.map(({ css }) => css).join(' | ')})`);
    this.name = 'SelectorError';
    this.miss = selectorMiss(selector);
  }
}
