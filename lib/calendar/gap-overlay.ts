import type { DayPlan, Gap } from '@/lib/gaps/find-gaps';
import type { GapSettings } from '@/lib/gaps/gap-settings';
import { gapStyle } from '@/lib/gaps/gap-style';
import type { DayColumn } from './read-view';

/** Marks Leeway's overlay blocks, so they are found again and ignored by observers. */
const OVERLAY_ATTRIBUTE = 'data-leeway-gap';
export const isOverlayNode = (node: Node): boolean => node instanceof Element && node.hasAttribute(OVERLAY_ATTRIBUTE);

// The gaps each column shows, to leave a column alone when they have not changed (kept here
// rather than in an attribute on Google's node).
const drawnSignatures = new WeakMap<Element, string>();

const pad = (n: number) => String(n).padStart(2, '0');
/** Local "yyyy-MM-ddTHH:mm", written by hand: it runs for every block of every redraw. */
const localMinute = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const wallMinutes = (ms: number, day: Date) => {
  const date = new Date(ms);
  // A gap ending at midnight ends at the bottom of the column.
  return date.getDate() !== day.getDate() ? 24 * 60 : date.getHours() * 60 + date.getMinutes();
};

function gapBlock(doc: Document, gap: Gap, day: Date, colors: GapSettings['colors']): HTMLElement {
  const block = doc.createElement('div');
  block.setAttribute(OVERLAY_ATTRIBUTE, '');
  block.setAttribute('data-gap-start', localMinute(gap.start));
  block.setAttribute('data-gap-end', localMinute(gap.end));
  block.setAttribute('data-gap-kind', gap.kind);
  block.setAttribute('aria-hidden', 'true');
  const top = wallMinutes(gap.start, day);
  const bottom = wallMinutes(gap.end, day);
  // Percentages of the column: right at any zoom, display density or window size, with no
  // measuring; never catching a click.
  Object.assign(block.style, {
    position: 'absolute',
    left: '0',
    right: '0',
    top: `${(top / 1440) * 100}%`,
    height: `${((bottom - top) / 1440) * 100}%`,
    pointerEvents: 'none',
    boxSizing: 'border-box',
    borderRadius: '2px',
    ...gapStyle(gap.kind, colors),
  });
  return block;
}

/**
 * Draws each day's gaps into its column as translucent blocks, placed before Calendar's own
 * chips so they paint underneath. Nothing of Google's is moved or restyled; a column whose
 * blocks are already right is left alone, and blocks in columns no longer shown are removed.
 */
export function drawGapOverlay(
  doc: Document,
  columns: DayColumn[],
  plans: DayPlan[],
  colors: GapSettings['colors'],
): void {
  const drawn = new Set<Element>();
  columns.forEach(({ column, day }, i) => {
    const plan = plans[i];
    if (!plan) return;
    drawn.add(column);
    const signature = JSON.stringify([plan.gaps, colors]);
    const existing = [...column.children].filter((child) => child.hasAttribute(OVERLAY_ATTRIBUTE));
    if (existing.length === plan.gaps.length && drawnSignatures.get(column) === signature) return;
    existing.forEach((block) => block.remove());
    column.prepend(...plan.gaps.map((gap) => gapBlock(doc, gap, day, colors)));
    drawnSignatures.set(column, signature);
  });
  doc.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`).forEach((block) => {
    if (!drawn.has(block.parentElement!)) block.remove();
  });
}

export function removeGapOverlay(doc: Document): void {
  doc.querySelectorAll(`[${OVERLAY_ATTRIBUTE}]`).forEach((block) => {
    drawnSignatures.delete(block.parentElement!);
    block.remove();
  });
}
