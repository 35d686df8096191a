import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '@/lib/dom/watch-page';

const settle = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchPage', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.replaceChildren();
    ctx = new ContentScriptContext('watch-page-test');
  });
  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
  });

  const watchSubject = () =>
    watchPage(ctx, {
      read: () => document.querySelector('[role="main"] h2')?.textContent ?? null,
      isSettled: (subject) => subject !== null,
      getObservedRoot: () => document.querySelector('[role="main"]') ?? undefined,
      attributeFilter: [],
    });

  it('waits for an app that takes long to paint its main area, without giving up', async () => {
    const store = watchSubject();
    await settle(15_000);
    expect(store.getSnapshot()).toEqual({ value: null, status: 'reading' });

    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    document.body.append(main);
    await settle(100);
    main.appendChild(document.createElement('h2')).textContent = 'Q4 launch timeline';
    await settle(100);
    expect(store.getSnapshot()).toEqual({ value: 'Q4 launch timeline', status: 'settled' });
  });

  it('gives up, and says so, when the main area never shows what it looks for', async () => {
    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    document.body.append(main);
    const store = watchSubject();
    await settle(9_000);
    expect(store.getSnapshot().status).toBe('reading');
    await settle(2_000);
    expect(store.getSnapshot()).toEqual({ value: null, status: 'gave-up' });
  });

  it('reads the page once on load, and again only when it changed', async () => {
    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    main.appendChild(document.createElement('h2')).textContent = 'Invoice for March';
    document.body.append(main);
    let reads = 0;
    const store = watchPage(ctx, {
      read: () => {
        reads++;
        return main.querySelector('h2')?.textContent ?? null;
      },
      isSettled: (subject) => subject !== null,
      getObservedRoot: () => main,
      attributeFilter: [],
    });
    expect(store.getSnapshot()).toEqual({ value: 'Invoice for March', status: 'settled' });
    expect(reads).toBe(1);

    // The settle window and the give-up deadline pass on a quiet page: nothing to read again.
    await settle(11_000);
    expect(reads).toBe(1);

    // A navigation is read (happy-dom has no Navigation API: the hashchange fallback), then a
    // repaint inside its window; the deadline after them finds nothing new.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(reads).toBe(2);
    main.querySelector('h2')!.textContent = 'Invoice for April';
    await settle(100);
    expect(reads).toBe(3);
    expect(store.getSnapshot()).toEqual({ value: 'Invoice for April', status: 'settled' });
    await settle(2_000);
    expect(reads).toBe(3);
  });
});
