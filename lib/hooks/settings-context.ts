import { createContext, useContext } from 'react';
import type { SettingsState } from './use-settings';

/** The settings the sidebar shell loaded, for the panels inside it. */
export const SettingsContext = createContext<SettingsState | undefined>(undefined);

export const useSettingsContext = (): SettingsState | undefined => useContext(SettingsContext);
