import { stringifySetCookie } from 'cookie';
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
const EPOCH = new Date(0);

/**
 * Serializes one `Set-Cookie` line with the `cookie` package (the one implementation of
 * `Set-Cookie` writing). The value is URI-encoded (iron seals pass through unchanged); `Path`
 * defaults to `/`. With `expired`, the cookie is deleted: empty value, `Max-Age=0` and an epoch
 * `Expires`. A name or attribute the library refuses is an `InvalidArgumentError`.
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
  const { maxAge, expires, ...attributes } = options;
  const lifetime = flags.expired
    ? { maxAge: 0, expires: EPOCH }
    : {
        ...(maxAge !== undefined && { maxAge: Math.floor(maxAge) }),
        ...(expires && { expires }),
      };
  try {
    return stringifySetCookie({
      name,
      value: flags.expired ? '' : value,
      ...attributes,
      path: options.path ?? '/',
      ...lifetime,
    });
  } catch (error) {
    throw new InvalidArgumentError(
      `Cookie ${name} could not be written (${(error as Error).message}). Check cookieDomain (WORKOS_COOKIE_DOMAIN) and the cookie options.`,
    );
  }
}
