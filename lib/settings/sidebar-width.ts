/** The widths the in-page sidebar can be dragged to. */
export const SIDEBAR_WIDTH = { min: 260, max: 640 } as const;
