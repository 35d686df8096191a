import { afterEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => [] as Array<{ page: string; focused: boolean }>);
vi.mock('@/lib/messaging', () => ({
  sendMessage: (_: string, data: { page: string; focused: boolean }) => {
    sent.push(data);
    return Promise.resolve();
  },
}));
const { reportFocus } = await import('@/lib/page/report-focus');

/** An event as the browser dispatches it: happy-dom marks script-made events untrusted. */
function trusted(type: string): Event {
  const event = new Event(type);
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('focus reports', () => {
  afterEach(() => {
    sent.length = 0;
    vi.restoreAllMocks();
  });

  it('a blur into one of the page’s own frames is no time away; a blur out of the page is', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const frame = document.createElement('iframe');
    const active = vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
    reportFocus();
    expect(sent.map((r) => r.focused)).toEqual([true]);
    // The focus moved into a frame of the page (Gmail's chat): it is the active element.
    window.dispatchEvent(trusted('blur'));
    await new Promise((done) => setTimeout(done, 10));
    expect(sent.map((r) => r.focused)).toEqual([true]);
    // The user went to another window.
    active.mockReturnValue(document.body);
    window.dispatchEvent(trusted('blur'));
    await vi.waitFor(() => expect(sent.map((r) => r.focused)).toEqual([true, false]));
  });

  it('a blur the page dispatches itself is not reported', async () => {
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    reportFocus();
    hasFocus.mockReturnValue(false);
    window.dispatchEvent(new Event('blur'));
    await new Promise((done) => setTimeout(done, 10));
    expect(sent.map((r) => r.focused)).toEqual([true]);
  });
});
