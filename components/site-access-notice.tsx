import { browser } from 'wxt/browser';
import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { GOOGLE_HOSTS } from '@/lib/google-hosts';

/**
 * Firefox grants Leeway its host access at install but lets the user turn it off (about:addons,
 * Permissions), and Chrome lets the user restrict an extension's site access: Leeway's content
 * scripts then never run, and the sidebar never shows. The settings page says so, with a button
 * that asks the browser again (a user's click, which permissions.request needs).
 */
export function SiteAccessNotice() {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    const check = () => void browser.permissions.contains({ origins: GOOGLE_HOSTS }).then((has) => setMissing(!has));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  if (!missing) return null;
  return (
    <div role="alert" className="error site-access">
      <p>{t('siteAccessMissing')}</p>
      <button type="button" onClick={() => void browser.permissions.request({ origins: GOOGLE_HOSTS })}>
        {t('siteAccessGrant')}
      </button>
    </div>
  );
}
