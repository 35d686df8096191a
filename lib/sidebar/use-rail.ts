import { useSyncExternalStore } from 'react';
import { RAIL_WIDTH } from '@/lib/settings/sidebar-width';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The frame is the folded rail: the page gave it the rail's width (lib/sidebar/mount-frame.ts). */
export const useRail = (): boolean => useSyncExternalStore(subscribe, () => window.innerWidth <= RAIL_WIDTH + 8);
