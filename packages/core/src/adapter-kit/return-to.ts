import { sanitizeReturnPathname } from '../pkce/return-path.js';

/**
 * The absolute `returnTo` for a WorkOS logout URL (and the fallback redirect when there was no
 * session), always on this site: a path (`/goodbye`) or a URL on `origin` is sanitised and made
 * absolute on `origin`; a URL on another site gives `origin` + `/`, so sign-out can never be used
 * as an open redirect. Nothing given gives `undefined` (WorkOS's default logout redirect).
 */
export function absoluteReturnTo(
  returnTo: string | undefined,
  origin: string | URL,
): string | undefined {
  if (!returnTo) return undefined;
  const base = new URL(origin);
  let path = returnTo;
  if (/^[a-z][a-z0-9+.-]*:/i.test(returnTo)) {
    const url = URL.canParse(returnTo) ? new URL(returnTo) : undefined;
    path = url?.origin === base.origin ? `${url.pathname}${url.search}${url.hash}` : '/';
  }
  return new URL(sanitizeReturnPathname(path), base.origin).href;
}
