import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MorningCheck } from '@/components/morning-check';
import { SettingsContext } from '@/lib/hooks/settings-context';
import { RETRY_DELAYS_MS } from '@/lib/hooks/use-background-data';
import { t } from '@/lib/i18n';
import { defaultSettings } from '@/lib/settings/settings';

// The background's answers, set by each test: a full disk refuses the morning sort's claim.
const answers: Record<string, () => Promise<unknown>> = {};
vi.mock('@/lib/messaging', () => ({ sendMessage: (name: string) => answers[name]!() }));
vi.mock('@/lib/data-changes', () => ({ onDataChanged: () => () => undefined }));
vi.mock('@/lib/sidebar/own-tab', () => ({ ownTabId: () => Promise.resolve(7) }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
const settings = { ...defaultSettings, workDays: [0, 1, 2, 3, 4, 5, 6], daysOff: [] };
async function show(onMorning: () => void) {
  await act(async () =>
    root.render(
      <SettingsContext.Provider value={{ settings, update: async () => undefined }}>
        <MorningCheck onMorning={onMorning} />
      </SettingsContext.Provider>,
    ),
  );
  // Every try the background gets while it may be waking up.
  await act(() => vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0)));
}

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  root = createRoot(container);
  answers.listTasks = async () => [{ id: 'task-1', done: false }];
});
afterEach(async () => {
  await act(async () => root.unmount());
  vi.useRealTimers();
});

describe('the morning check', () => {
  it('opens the morning sort when the background gives it to this view', async () => {
    answers.claimMorningSort = async () => true;
    const onMorning = vi.fn();
    await show(onMorning);
    expect(onMorning).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe('');
  });

  it('shows a full disk with what to do, instead of saying nothing, and can be closed', async () => {
    answers.claimMorningSort = () => Promise.reject(new Error(t('storageFull')));
    const onMorning = vi.fn();
    await show(onMorning);
    expect(onMorning).not.toHaveBeenCalled();
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("Leeway could not check whether today's morning sort is due");
    expect(alert?.textContent).toContain('Free some space on this computer');
    await act(async () => container.querySelector('button')!.click());
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
