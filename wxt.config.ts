import { defineConfig } from 'wxt';

// The manifest asks for nothing beyond what the code uses: no API permission but Chrome's
// sidePanel (added by WXT for the side panel entrypoint; storage lives in IndexedDB inside the
// background, reached through messaging), and host access only to the two Google apps whose pages
// carry the sidebar. Only the sidebar's page is exposed, only to those two apps, and on Chrome
// under a per-session URL, so other sites cannot probe for Leeway.
const HOSTS = ['https://mail.google.com/*', 'https://calendar.google.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // No auto-imports: every module names what it uses, so the lint's boundary rules (no browser API
  // in the domain, no component in lib/) see every dependency.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Leeway',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [],
    host_permissions: HOSTS,
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: HOSTS, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leeway@leeway.app',
              strict_min_version: '142.0',
              // Leeway collects nothing: all data stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
