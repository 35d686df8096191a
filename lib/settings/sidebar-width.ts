/** The widths the in-page sidebar can be dragged to. */
export const SIDEBAR_WIDTH = { min: 260, max: 640 } as const;

/**
 * The folded sidebar: a thin rail, still Leeway's own frame (what it shows of a client, a status
 * dot, stays out of the page's reach), wide enough for a button. The frame knows it is the rail
 * by its width.
 */
export const RAIL_WIDTH = 44;
