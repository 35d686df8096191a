import { act, useCallback } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataChange } from '@/lib/data-changes';
import { RETRY_DELAYS_MS, useBackgroundData, type BackgroundData } from '@/lib/hooks/use-background-data';

// The "data changed" event of this view, fired by the test; this view lives in tab 7.
const changeListeners = new Set<(change: DataChange) => void>();
vi.mock('@/lib/data-changes', () => ({
  onDataChanged(listener: (change: DataChange) => void) {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
}));
vi.mock('@/lib/sidebar/own-tab', () => ({ ownTabId: () => Promise.resolve(7) }));
const change = (data: DataChange) => act(async () => changeListeners.forEach((listener) => listener(data)));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let shown: BackgroundData<string>;
function Probe({
  load,
  fromChange,
}: {
  load: () => Promise<string>;
  fromChange?: (c: DataChange) => string | undefined;
}) {
  shown = useBackgroundData(load, { stores: ['templates'], fromChange });
  return null;
}
const render = (element: React.ReactElement) => act(async () => root.render(element));
/** Lets the timers and the promises they settle run, as the page would over `ms`. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const backgroundWaking = () => new Error('Could not establish connection. Receiving end does not exist.');

beforeEach(() => {
  vi.useFakeTimers();
  changeListeners.clear();
  root = createRoot(document.createElement('div'));
});
afterEach(async () => {
  await act(async () => root.unmount());
  vi.useRealTimers();
});

describe('data read from the background', () => {
  it('shows what the background answers', async () => {
    await render(<Probe load={async () => 'three templates'} />);
    expect(shown.data).toBe('three templates');
    expect(shown.error).toBeUndefined();
  });

  it('tries again while the background wakes up, and shows no error meanwhile', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(backgroundWaking())
      .mockRejectedValueOnce(backgroundWaking())
      .mockResolvedValue('two tasks');
    await render(<Probe load={load} />);
    expect(shown.data).toBeUndefined();
    expect(shown.error).toBeUndefined();
    await elapse(RETRY_DELAYS_MS[0]!);
    expect(shown.error).toBeUndefined();
    await elapse(RETRY_DELAYS_MS[1]!);
    expect(shown.data).toBe('two tasks');
    expect(shown.error).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('shows the error once every try has failed, and tries no more', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(new Error('The database is closed'));
    await render(<Probe load={load} />);
    const allRetries = RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);
    await elapse(allRetries - 1);
    expect(shown.error).toBeUndefined();
    await elapse(1);
    expect(shown.error).toBe('The database is closed');
    await elapse(10_000);
    expect(load).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
  });

  it("reads again when its store changes in another tab, not for its own tab's change or another store", async () => {
    let version = 0;
    await render(<Probe load={async () => `version ${++version}`} />);
    expect(shown.data).toBe('version 1');
    await change({ stores: ['templates'], originTabId: 7 });
    await change({ stores: ['clients'], originTabId: 3 });
    expect(shown.data).toBe('version 1');
    await change({ stores: ['templates'], originTabId: 3 });
    expect(shown.data).toBe('version 2');
  });

  it('shows the value a change carries without a read', async () => {
    const load = vi.fn(async () => 'stored');
    await render(<Probe load={load} fromChange={(c) => c.settings && 'carried'} />);
    await change({ stores: ['settings'], settings: {} as DataChange['settings'] });
    expect(shown.data).toBe('carried');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("never shows an older read's late answer, nor the data of what it no longer reads", async () => {
    const answers: Record<string, (value: string) => void> = {};
    function Card({ email }: { email: string }) {
      const load = useCallback(() => new Promise<string>((resolve) => (answers[email] = resolve)), [email]);
      shown = useBackgroundData(load, { stores: ['clients'] });
      return null;
    }
    await render(<Card email="mark@northwind.com" />);
    await act(async () => answers['mark@northwind.com']!('Mark'));
    await render(<Card email="ana@lumen.fr" />);
    expect(shown.data).toBeUndefined();
    await render(<Card email="mark@northwind.com" />);
    await act(async () => answers['mark@northwind.com']!('Mark again'));
    await act(async () => answers['ana@lumen.fr']!('Ana'));
    expect(shown.data).toBe('Mark again');
  });

  it('keeps the data when a change made here fails, and a successful read clears the error', async () => {
    await render(<Probe load={async () => 'list'} />);
    await act(async () => shown.fail(new Error('Quota exceeded')));
    expect(shown).toMatchObject({ data: 'list', error: 'Quota exceeded' });
    await act(() => shown.reload());
    expect(shown.error).toBeUndefined();
  });
});
