import { useEffect, useState, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { SettingsContext } from '@/lib/hooks/settings-context';
import { useSettings } from '@/lib/hooks/use-settings';
import { SettingsError } from './settings-error';

interface Props {
  children: ReactNode;
  /** Subscribes to requests to show the sidebar (a shortcut pressed in the page). */
  onRevealRequest?: (listener: () => void) => () => void;
}

/**
 * The frame of the sidebar on Gmail and Calendar: a card over the page's right edge that folds
 * into a narrow tab, so it never keeps the user from Google's own controls. The folded state
 * is a setting, remembered across pages and restarts.
 */
export function SidebarShell({ children, onRevealRequest }: Props) {
  const settingsState = useSettings();
  const { settings, error, update } = settingsState;
  // A shortcut unfolds the sidebar for now without changing the remembered choice.
  const [revealed, setRevealed] = useState(false);
  useEffect(() => onRevealRequest?.(() => setRevealed(true)), [onRevealRequest]);

  // Stays out of sight until the settings arrive, so a folded sidebar never flashes open.
  if (!settings && !error) return null;
  const collapsed = (settings?.sidebarCollapsed ?? false) && !revealed;

  // Folded, the panel stays mounted but hidden: a half-filled form survives folding, and a
  // shortcut can unfold the sidebar and focus its search in the same render.
  return (
    <>
      {collapsed && (
        <button
          type="button"
          className="tab"
          aria-expanded="false"
          aria-label={t('expandSidebar')}
          title={t('expandSidebar')}
          onClick={() => update({ sidebarCollapsed: false })}
        >
          <span aria-hidden="true">L</span>
        </button>
      )}
      <aside className="sidebar" aria-label={t('extName')} hidden={collapsed}>
        <header className="sidebar-header">
          <span className="brand">{t('extName')}</span>
          <button
            type="button"
            className="icon-button"
            aria-expanded="true"
            aria-label={t('collapseSidebar')}
            title={t('collapseSidebar')}
            onClick={() => {
              setRevealed(false);
              void update({ sidebarCollapsed: true });
            }}
          >
            <span aria-hidden="true">›</span>
          </button>
        </header>
        {error && <SettingsError error={error} />}
        <div className="sidebar-body">
          <SettingsContext.Provider value={settingsState}>{children}</SettingsContext.Provider>
        </div>
        <footer className="sidebar-footer">
          <button type="button" className="link-button" onClick={() => sendMessage('openOptionsPage', undefined)}>
            {t('openOptions')}
          </button>
        </footer>
      </aside>
    </>
  );
}
