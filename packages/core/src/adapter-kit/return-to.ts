import { sanitizeReturnPathname } from '../pkce/return-path.js';

/**
 * The absolute `returnTo` for a WorkOS logout URL. A path (`/goodbye`) is sanitised to stay on
 * the site and resolved against `origin`; an absolute `http(s)` URL is kept as given (WorkOS only
 * redirects to URLs allowed in the dashboard); nothing given, or anything else, gives `undefined`.
 */
export function absoluteReturnTo(
  returnTo: string | undefined,
  origin: string | URL,
): string | undefined {
  if (!returnTo) return undefined;
  if (/^https?:\/\//i.test(returnTo)) {
    try {
      return new URL(returnTo).href;
    } catch {
      return undefined;
    }
  }
  if (!returnTo.startsWith('/')) return undefined;
  return new URL(sanitizeReturnPathname(returnTo), origin).href;
}
