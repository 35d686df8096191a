import { describe, expect, it } from 'vitest';
import { createEmitter } from '@/lib/emitter';
import { errorMessage } from '@/lib/error-message';

describe('an emitter', () => {
  it('calls every subscriber with the event until it stops listening', () => {
    const changes = createEmitter<string>();
    const heard: string[] = [];
    const stopFirst = changes.subscribe((value) => heard.push(`first ${value}`));
    changes.subscribe((value) => heard.push(`second ${value}`));
    changes.emit('a');
    stopFirst();
    changes.emit('b');
    expect(heard).toEqual(['first a', 'second a', 'second b']);
  });

  it('says whether anyone listens', () => {
    const requests = createEmitter();
    expect(requests.hasListeners()).toBe(false);
    const stop = requests.subscribe(() => undefined);
    expect(requests.hasListeners()).toBe(true);
    stop();
    expect(requests.hasListeners()).toBe(false);
  });

  it('lets a listener stop itself during an event without skipping the others', () => {
    const changes = createEmitter();
    const heard: string[] = [];
    const stop = changes.subscribe(() => {
      heard.push('once');
      stop();
    });
    changes.subscribe(() => heard.push('always'));
    changes.emit();
    changes.emit();
    expect(heard).toEqual(['once', 'always', 'always']);
  });
});

describe('an error in words', () => {
  it("is an Error's message, or what was thrown as text", () => {
    expect(errorMessage(new Error('The database is closed'))).toBe('The database is closed');
    expect(errorMessage('Quota exceeded')).toBe('Quota exceeded');
  });
});
