/** A list of callbacks to call on each event: the one way Leeway's stores tell their subscribers. */
export interface Emitter<T = void> {
  /** Calls `listener` on each event from now on; the returned function stops it. */
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
  /** Whether anyone listens (an event no one hears may have to wait for a listener). */
  hasListeners(): boolean;
}

export function createEmitter<T = void>(): Emitter<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    // A listener added or removed by another one during an event waits for the next.
    emit: (value) => [...listeners].forEach((listener) => listener(value)),
    hasListeners: () => listeners.size > 0,
  };
}
