/** The two Google apps Leeway works in: its host permissions and content-script matches. */
export const GOOGLE_HOSTS = ['https://mail.google.com/*', 'https://calendar.google.com/*'];
