import { InvalidArgumentError } from '../errors.js';

/** Attributes of a `Set-Cookie` line. */
export interface CookieOptions {
  path?: string;
  domain?: string;
  maxAge?: number;
  expires?: Date;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'lax' | 'strict' | 'none';
  priority?: 'low' | 'medium' | 'high';
  partitioned?: boolean;
}

const NAME_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Serializes one `Set-Cookie` line. The value is URI-encoded (iron seals pass through unchanged).
 * With `expired`, the cookie is deleted: empty value, `Max-Age=0` and an epoch `Expires`.
 */
export function serializeCookie(
  name: string,
  value: string,
  options: CookieOptions = {},
  flags: { expired?: boolean } = {},
): string {
  if (!NAME_TOKEN.test(name)) {
    throw new InvalidArgumentError(
      `Invalid cookie name: ${name}. A cookie name is an HTTP token (letters, digits and !#$%&'*+-.^_\`|~); check cookieName (WORKOS_COOKIE_NAME).`,
    );
  }
  const parts = [`${name}=${flags.expired ? '' : encodeURIComponent(value)}`];
  if (options.domain) parts.push(`Domain=${options.domain}`);
  parts.push(`Path=${options.path ?? '/'}`);
  if (flags.expired) {
    parts.push('Max-Age=0', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  } else {
    if (options.maxAge !== undefined) parts.push(`Max-Age=${Math.floor(options.maxAge)}`);
    if (options.expires) parts.push(`Expires=${options.expires.toUTCString()}`);
  }
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  if (options.sameSite) parts.push(`SameSite=${capitalize(options.sameSite)}`);
  if (options.priority) parts.push(`Priority=${capitalize(options.priority)}`);
  if (options.partitioned) parts.push('Partitioned');
  return parts.join('; ');
}
