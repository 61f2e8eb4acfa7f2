import type { AuthKitError } from '../errors.js';

/** SameSite values accepted for the session cookie. */
export type CookieSameSite = 'lax' | 'strict' | 'none';

/** Called for every failure the toolkit turns into "signed out" or recovers from. */
export type AuthKitErrorHook = (error: AuthKitError, context: { operation: string }) => void;

/** Configuration as the user writes it (every key optional in `configure()`). */
export interface AuthKitConfig {
  /** WorkOS client id (`client_…`). Env: `WORKOS_CLIENT_ID`. */
  clientId: string;
  /** WorkOS API key (`sk_…`). Env: `WORKOS_API_KEY`. */
  apiKey: string;
  /** Absolute URL of your callback route. Env: `WORKOS_REDIRECT_URI`. */
  redirectUri: string;
  /** 32+ character secret(s). The first seals, any unseals (rotation). Env: comma-separated. */
  cookiePassword: string | string[];
  /** Session cookie name. Default `wos-session`. */
  cookieName: string;
  /** Session cookie lifetime in seconds. Default 400 days; 0 writes a browser-session cookie (no Max-Age). */
  cookieMaxAge: number;
  /** Cookie `Domain` attribute. Default: none (host-only). */
  cookieDomain?: string;
  /** Cookie `SameSite`. Default `lax`. */
  cookieSameSite?: CookieSameSite;
  /** WorkOS API host (no scheme). Default `api.workos.com`. */
  apiHostname?: string;
  /** WorkOS API port. */
  apiPort?: number;
  /** Use HTTPS for the WorkOS API. Default `true`. */
  apiHttps?: boolean;
  /** Allowed JWT `iss` values. Default derived from the API base URL and client id. */
  issuer?: string | string[];
  /** Clock tolerance for `exp`/`nbf`/`iat`, in seconds. Default 5. */
  clockToleranceSeconds?: number;
  /** Refresh this many seconds before the access token expires. Default 30 (clamped to lifetime/3). */
  refreshBufferSeconds?: number;
  /** Maximum number of verified sessions cached in memory. Default 1000; 0 disables the cache. */
  sessionCacheSize?: number;
  /**
   * After a proactive refresh of an unexpired token fails transiently (outage, 5xx, 429),
   * `withAuth` keeps using that token for this many seconds before calling WorkOS again (a 429's
   * `Retry-After` can lengthen it, up to 60). Tokens past `exp` are always retried. Default 5;
   * 0 retries on every request.
   */
  refreshCooldownSeconds?: number;
  /**
   * Longest wait for one WorkOS API call (code exchange, refresh), in ms, before it counts as a
   * transient failure. Default 10 000 (the SDK's own default is 60 s). Env: `WORKOS_API_TIMEOUT_MS`.
   */
  apiTimeoutMs?: number;
  /**
   * Automatic SDK retries of a WorkOS API call after a network error, timeout, 429 or 5xx.
   * Default 1 (the SDK's own default is 3), so a hanging WorkOS holds a request for at most about
   * 2 × `apiTimeoutMs` plus one back-off (~0.6–1.7 s). Env: `WORKOS_API_MAX_RETRIES`.
   */
  apiMaxRetries?: number;
  /** Sees every failure that is turned into "signed out" or recovered from. */
  onError?: AuthKitErrorHook;
}

/** Reads one variable by name, like `process.env[name]`; answers that are not strings count as unset. */
export type ValueReader = (envName: string) => unknown;

/**
 * Where `WORKOS_*` values come from: a reader function, or (as in 0.7.x) an object of values
 * such as `process.env` or a Workers `env`.
 */
export type ValueSource = ValueReader | Readonly<Record<string, unknown>>;

/** Configuration with every default applied and every value validated. */
export interface ResolvedAuthKitConfig
  extends Required<
      Omit<
        AuthKitConfig,
        | 'cookiePassword'
        | 'apiHostname'
        | 'apiHttps'
        | 'issuer'
        | 'cookieDomain'
        | 'apiPort'
        | 'onError'
      >
    >,
    Pick<AuthKitConfig, 'cookieDomain' | 'apiPort' | 'onError'> {
  /** The sealing password (the first of `cookiePasswords`). */
  cookiePassword: string;
  /** Every accepted password, sealing one first. */
  cookiePasswords: string[];
  apiHostname: string;
  apiHttps: boolean;
  /** The WorkOS API origin, e.g. `https://api.workos.com`. */
  apiBaseUrl: string;
  issuer: string[];
}
