import { t } from '../i18n/t.ts';
import { useOpenCookieDiscovery } from './cookie-discovery-context.ts';

/** "Find cookies…" beside the cookies table: opens the dialog the app provides (nothing where it is not provided). */
export function FindCookiesButton() {
  const open = useOpenCookieDiscovery();
  if (!open) return null;
  return (
    <button type="button" className="ps-button ps-button--small" onClick={open}>
      {t('cookieDiscovery.open')}
    </button>
  );
}
