import { errorMessage } from '@/lib/error-message';

/**
 * Logs every uncaught error and unhandled rejection of the service worker to its console.
 * Chrome keeps those only as DevTools exceptions, which nothing outside DevTools sees; as
 * console errors they reach the extension's error page and fail the browser tests.
 */
export function reportUncaughtErrors(scope: EventTarget): void {
  scope.addEventListener('error', (event: Event) => {
    console.error('[Leeway] uncaught error in the background:', (event as ErrorEvent).message);
  });
  scope.addEventListener('unhandledrejection', (event: Event) => {
    const message = errorMessage((event as PromiseRejectionEvent).reason);
    console.error('[Leeway] unhandled rejection in the background:', message);
  });
}
