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

/**
 * A `Set-Cookie` as the core keeps it until the edge: the name, the value before URI-encoding and
 * the attributes exactly as the line states them (`path` defaulted to `/`, a deletion as an empty
 * value with `Max-Age=0` and an epoch `Expires`). A framework cookie store (Next's `cookies()`)
 * takes it as is; a `Response` gets {@link stringifyCookie}'s line.
 */
export interface SetCookie {
  name: string;
  value: string;
  /** True when the line deletes the cookie (`Max-Age<=0` or an `Expires` in the past). */
  deletes: boolean;
  options: CookieOptions;
}

const NAME_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const EPOCH = new Date(0);

/**
 * The cookie to write, attributes normalised as the line will state them. With `expired`, the
 * cookie is deleted. A name that is not an HTTP token is an `InvalidArgumentError`.
 */
export function cookieToSet(
  name: string,
  value: string,
  options: CookieOptions = {},
  flags: { expired?: boolean } = {},
): SetCookie {
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
  const stated = Object.fromEntries(
    Object.entries({ ...attributes, path: options.path ?? '/', ...lifetime }).filter(
      ([, v]) => v !== undefined && v !== false && v !== '',
    ),
  ) as CookieOptions;
  const { maxAge: age, expires: at } = stated;
  const deletes =
    (age !== undefined && age <= 0) || (age === undefined && at !== undefined && at <= new Date());
  return { name, value: flags.expired ? '' : value, deletes, options: stated };
}

/**
 * The `Set-Cookie` line of a cookie, written by the `cookie` package (the one implementation of
 * `Set-Cookie` writing); the value is URI-encoded (iron seals pass through unchanged). An
 * attribute the library refuses is an `InvalidArgumentError`.
 */
export function stringifyCookie(cookie: SetCookie): string {
  try {
    return stringifySetCookie({ name: cookie.name, value: cookie.value, ...cookie.options });
  } catch (error) {
    throw new InvalidArgumentError(
      `Cookie ${cookie.name} could not be written (${(error as Error).message}). Check cookieDomain (WORKOS_COOKIE_DOMAIN) and the cookie options.`,
    );
  }
}

/**
 * Serializes one `Set-Cookie` line: {@link cookieToSet}, then {@link stringifyCookie}. `Path`
 * defaults to `/`; with `expired`, the cookie is deleted: empty value, `Max-Age=0` and an epoch
 * `Expires`. A name or attribute the library refuses is an `InvalidArgumentError`.
 */
export function serializeCookie(...cookie: Parameters<typeof cookieToSet>): string {
  return stringifyCookie(cookieToSet(...cookie));
}
