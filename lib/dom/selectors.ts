/**
 * A named piece of a Google page, with the selectors known to match it, newest first. Each
 * alternative carries the date it was last seen on the real page, so stale ones can be retired.
 */
export interface NamedSelector {
  name: string;
  alternatives: ReadonlyArray<{ css: string; seen: string }>;
}

/** What must be on the page was not found: the message names the piece, never the user's content. */
export class SelectorError extends Error {
  constructor(readonly selector: NamedSelector) {
    super(`Leeway could not find the ${selector.name} on this page (Google may have changed it)`);
    this.name = 'SelectorError';
  }
}

export function querySelectorOptional(
  root: ParentNode,
  selector: NamedSelector,
): Element | undefined {
  for (const { css } of selector.alternatives) {
    const found = root.querySelector(css);
    if (found) return found;
  }
  return undefined;
}

export function querySelectorRequired(root: ParentNode, selector: NamedSelector): Element {
  const found = querySelectorOptional(root, selector);
  if (!found) throw new SelectorError(selector);
  return found;
}

/** Every match of the first alternative that matches anything, in document order. */
export function querySelectorAllOf(root: ParentNode, selector: NamedSelector): Element[] {
  for (const { css } of selector.alternatives) {
    const found = root.querySelectorAll(css);
    if (found.length > 0) return [...found];
  }
  return [];
}
