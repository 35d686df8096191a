import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { SettingsContext } from '@/lib/hooks/settings-context';
import { useSettings } from '@/lib/hooks/use-settings';
import type { Settings } from '@/lib/settings/settings';
import { canOpenSidePanel, firefoxSidebar, openSidePanel } from '@/lib/sidebar/side-panel';
import { SettingsError } from './settings-error';
import { SidebarRail } from './sidebar-rail';
import { useRail } from '@/lib/sidebar/use-rail';
import type { Person } from '@/lib/clients/person';

interface Props {
  children: ReactNode;
  /** In the page's frame, or in the browser's side panel. */
  mode: 'frame' | 'panel';
  /** The tab the sidebar shows (the side panel opens for it). */
  tabId?: number;
  /** The settings, already asked for. */
  initialSettings?: Promise<Settings>;
  /** Folded to the rail: whom the view is about, and how to unfold for now or open the templates. */
  rail?: { person?: Person; unfold(): void; templates?(): void };
  /** Gmail: the setting to fold while a compose box has the focus is offered. */
  composeFold?: boolean;
}

/**
 * The sidebar's card: a header with the fold and dock controls, the panels, a link to the
 * settings. In the page it folds into the page's tab; docked, it fills the browser's side panel.
 */
export function SidebarShell({ children, mode, tabId, initialSettings, rail, composeFold }: Props) {
  const isRail = useRail() && mode === 'frame';
  const settingsState = useSettings(initialSettings);
  const { settings, error, update } = settingsState;
  // Firefox shows Leeway in its sidebar only when the user opens it from Firefox's own sidebar
  // menu (the page cannot): being shown there is docking, and the page's frame steps aside.
  const dockedOnShow = useRef(false);
  useEffect(() => {
    if (mode !== 'panel' || !settings || dockedOnShow.current || !firefoxSidebar()) return;
    dockedOnShow.current = true;
    if (!settings.sidebarDocked) void update({ sidebarDocked: true });
  }, [mode, settings, update]);

  // Stays out of sight until the settings arrive, so nothing flashes in the wrong place.
  if (!settings && !error) return null;
  if (isRail)
    return (
      <SidebarRail
        person={rail?.person}
        onUnfold={() => {
          if (settings?.sidebarCollapsed) void update({ sidebarCollapsed: false });
          rail?.unfold();
        }}
        onTemplates={rail?.templates}
      />
    );

  return (
    <main className={`sidebar sidebar-${mode}`} aria-label={t('extName')}>
      <header className="sidebar-header">
        <h1 className="brand">{t('extName')}</h1>
        <span className="header-actions">
          {mode === 'frame' ? (
            <>
              {tabId !== undefined && canOpenSidePanel() && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('dockSidebar')}
                  title={t('dockSidebar')}
                  onClick={() => {
                    // Opened within the click: browsers open side panels only on a user gesture.
                    void openSidePanel(tabId).then(async (opened) => {
                      if (opened) await update({ sidebarDocked: true });
                    });
                  }}
                >
                  <span aria-hidden="true">⇥</span>
                </button>
              )}
              <button
                type="button"
                className="icon-button"
                aria-expanded="true"
                aria-label={t('collapseSidebar')}
                title={t('collapseSidebar')}
                onClick={() => void update({ sidebarCollapsed: true })}
              >
                <span aria-hidden="true">›</span>
              </button>
            </>
          ) : (
            <button
              type="button"
              className="icon-button"
              aria-label={t('undockSidebar')}
              title={t('undockSidebar')}
              onClick={() => {
                const saved = update({ sidebarDocked: false, sidebarCollapsed: false });
                // Firefox closes its sidebar only within the click (a user input handler).
                const firefox = firefoxSidebar();
                if (firefox) void firefox.close();
                else void saved.then(() => window.close());
              }}
            >
              <span aria-hidden="true">⇤</span>
            </button>
          )}
        </span>
      </header>
      {error && <SettingsError error={error} />}
      <div className="sidebar-body">
        <SettingsContext.Provider value={settingsState}>{children}</SettingsContext.Provider>
      </div>
      <footer className="sidebar-footer">
        <button
          type="button"
          className="link-button"
          onClick={() => void sendMessage('openOptionsPage', undefined).catch(() => undefined)}
        >
          {t('openOptions')}
        </button>
        {composeFold && mode === 'frame' && settings && (
          <label className="check">
            <input
              type="checkbox"
              checked={settings.sidebarFoldWhileComposing}
              onChange={(event) => void update({ sidebarFoldWhileComposing: event.target.checked })}
            />
            {t('foldWhileComposing')}
          </label>
        )}
      </footer>
    </main>
  );
}
