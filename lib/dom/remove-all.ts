/** Removes every `tag` element under `root`, such as a copy of Leeway left by a previous version. */
export function removeAll(root: ParentNode, tag: string): void {
  root.querySelectorAll(tag).forEach((element) => element.remove());
}
