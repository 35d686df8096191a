import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { t } from '@/lib/i18n';
import { connectPage, type PageConnection } from '@/lib/page/connect-page';
import { PageContext, type PageContextValue } from '@/lib/page/page-context';
import { FRAME_PORT, PANEL_PORT } from '@/lib/page/protocol';
import { sidePanelOptions } from '@/lib/sidebar/side-panel';
import { useShownTab } from '@/lib/sidebar/use-shown-tab';
import type { Settings } from '@/lib/settings/settings';
import type { TaskInput } from '@/lib/tasks/task';
import { CalendarPanel } from './calendar-panel';
import { GmailPanel } from './gmail-panel';
import { SidebarShell } from './sidebar-shell';
import { TodayView } from './today-view';
import { MorningCheck } from './morning-check';
import { BackupReminder } from './backup-reminder';
import { TimerBar } from './timer-bar';
import { TimerContext, useTimer } from '@/lib/hooks/use-timer';
import type { DelayNotice, UnexpectedStart } from './unexpected-flow';
import { gmailThreadUrl } from '@/lib/gmail/routes';

const noSubscription = () => () => {};

/** The sidebar's two views, as tabs: what the page shows, and today's tasks. */
const VIEW_TABS = [
  { id: 'page', label: 'viewThisPage' },
  { id: 'today', label: 'todayHeading' },
] as const;
const nothing = () => undefined;

interface Props {
  mode: 'frame' | 'panel';
  /** The settings, asked for as the page's script starts, before React: the sidebar shows sooner. */
  initialSettings?: Promise<Settings>;
}

/**
 * The sidebar as an extension page: in a frame inside Gmail's or Calendar's page, or in the
 * browser's side panel. It shows what the tab's content script reads of the page and asks it
 * to act (insert text), over extension messaging only.
 */
export function SidebarApp({ mode, initialSettings }: Props) {
  const { tabId, generation } = useShownTab(mode);
  const [connection, setConnection] = useState<PageConnection>();
  // Opened in an effect (closed with it), never during rendering; a layout effect, so the page's
  // feed is asked for before the frame's first paint rather than after it.
  useLayoutEffect(() => {
    if (tabId === undefined) return;
    const opened = connectPage(tabId, mode === 'frame' ? FRAME_PORT : PANEL_PORT);
    setConnection(opened);
    return () => {
      opened.close();
      setConnection(undefined);
    };
  }, [tabId, mode, generation]);
  // The frame offers the side panel for its tab (from its own process: Google's page pays nothing).
  useEffect(() => {
    if (mode === 'frame' && tabId !== undefined) void sidePanelOptions.enableFor(tabId);
  }, [mode, tabId]);
  const feed = useSyncExternalStore(connection?.subscribe ?? noSubscription, connection?.getSnapshot ?? nothing);
  const page = useMemo<PageContextValue | undefined>(
    () => connection && { tabId: tabId!, connection },
    [connection, tabId],
  );
  useEffect(() => {
    if (mode === 'frame') connection?.post({ type: 'labels', resize: t('resizeSidebar') });
  }, [mode, connection]);

  const timer = useTimer();
  const [view, setView] = useState<(typeof VIEW_TABS)[number]['id']>('page');
  const [todayOpened, setTodayOpened] = useState(false);
  useEffect(() => {
    if (view === 'today') setTodayOpened(true);
  }, [view]);
  const [draft, setDraft] = useState<TaskInput>();
  const [unexpected, setUnexpected] = useState<UnexpectedStart>();
  const [morning, setMorning] = useState(false);
  const openMorning = useCallback(() => {
    setMorning(true);
    setView('today');
  }, []);
  // A delay notice the user asked to write, waiting for its thread to be on screen.
  const [delayNotice, setDelayNotice] = useState<DelayNotice>();
  const makeTask = (task: TaskInput) => {
    setDraft(task);
    setView('today');
  };
  const reportUnexpected = (start: UnexpectedStart) => {
    setUnexpected(start);
    setView('today');
  };
  // The notice is written where Gmail shows its thread: the tab goes there (Gmail keeps this
  // frame: only the address's fragment changes) and the page view opens the template there.
  const openDelayNotice = (notice: DelayNotice) => {
    setDelayNotice(notice);
    setView('page');
    if (notice.thread && page) {
      const url = gmailThreadUrl(notice.thread.accountPath, notice.thread.threadId);
      // Opened by the page itself, as every link of the sidebar (Firefox's frame has no tabs API).
      void page.connection.call('openLink', { url }).catch(() => undefined);
    }
  };

  let content;
  if (page && feed?.host === 'gmail')
    content = (
      <GmailPanel
        feed={feed}
        page={page}
        onMakeTask={makeTask}
        onUnexpected={reportUnexpected}
        delayNotice={delayNotice}
        onDelayNoticeOpened={() => setDelayNotice(undefined)}
      />
    );
  else if (feed?.host === 'calendar') content = <CalendarPanel feed={feed} />;
  else if (mode === 'panel' && tabId !== undefined && !feed) content = <p className="muted">{t('panelNoPage')}</p>;
  else content = <p className="muted">{t('readingPage')}</p>;

  return (
    <PageContext.Provider value={page}>
      <TimerContext.Provider value={timer}>
        <SidebarShell
          mode={mode}
          tabId={tabId}
          initialSettings={initialSettings}
          composeFold={feed?.host === 'gmail'}
          rail={{
            person:
              feed?.host === 'gmail' ? (feed.reading.value.thread?.otherParty ?? feed.compose?.recipient) : undefined,
            unfold: () => connection?.post({ type: 'unfold', templates: false }),
            templates:
              feed?.host === 'gmail'
                ? () => {
                    setView('page');
                    connection?.post({ type: 'unfold', templates: true });
                  }
                : undefined,
          }}
        >
          <MorningCheck onMorning={openMorning} />
          <TimerBar />
          <BackupReminder />
          <div role="tablist" className="view-tabs" aria-label={t('sidebarViews')}>
            {VIEW_TABS.map(({ id, label }) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`leeway-tab-${id}`}
                aria-selected={view === id}
                onClick={() => setView(id)}
              >
                {t(label)}
              </button>
            ))}
          </div>
          {/* The page's view stays mounted (its forms keep what was typed) and is only hidden. */}
          <div role="tabpanel" aria-labelledby="leeway-tab-page" hidden={view !== 'page'}>
            {content}
          </div>
          {/* Kept too once opened: what it was doing (a delay notice to write after an unexpected
            task) is still there on the way back. */}
          {(view === 'today' || todayOpened) && (
            <div role="tabpanel" aria-labelledby="leeway-tab-today" hidden={view !== 'today'}>
              <TodayView
                draft={draft}
                onDraftDone={() => setDraft(undefined)}
                unexpected={unexpected}
                onDelayNotice={feed?.host === 'gmail' ? openDelayNotice : undefined}
                morning={morning}
                onMorningDone={() => setMorning(false)}
              />
            </div>
          )}
        </SidebarShell>
      </TimerContext.Provider>
    </PageContext.Provider>
  );
}
