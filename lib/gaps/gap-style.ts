import type { GapKind } from '@/lib/gaps/find-gaps';
import type { GapSettings } from '@/lib/gaps/gap-settings';

/**
 * How a gap is drawn, on Calendar's grid and in the sidebar's legend alike. Calendar's events
 * are solid, rounded, mostly blue blocks: a buffer is hatched inside a dashed outline and a too
 * short slot dotted, so the two read apart from each other and from an event by their pattern,
 * whatever colours the user sees (or chose).
 */
export function gapStyle(kind: GapKind, colors: GapSettings['colors']): Record<string, string> {
  if (kind === 'buffer') {
    const color = colors.buffer;
    return {
      background: `repeating-linear-gradient(135deg, ${color}40 0 4px, transparent 4px 10px)`,
      border: `2px dashed ${color}`,
    };
  }
  return { background: `${colors.short}1f`, border: `2px dotted ${colors.short}` };
}
