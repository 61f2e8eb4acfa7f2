/**
 * Every error the toolkit raises. Each class has a stable `code` (safe to show, log and match on)
 * and a message that says what to do. Adapters define no error classes of their own, and nothing
 * the core or an adapter throws at an app is a bare `Error`, `TypeError` or `RangeError`.
 *
 * Adding an error:
 * 1. add its code to {@link AUTHKIT_ERROR_CODES} (one line; the `AuthKitErrorCode` union follows),
 * 2. add its class below: `extends codedError('your_code', 'default message')` when it carries only
 *    a message and a cause, else `super(message, { code: 'your_code', ... })` and
 *    `declare readonly code: 'your_code'`; exported from the package root through this module,
 * 3. list the code in docs/contracts.md (a test checks that every code is documented there).
 */

/** Every `code` an {@link AuthKitError} can carry, in alphabetical order. */
export const AUTHKIT_ERROR_CODES = [
  'api_key_validation_failed',
  'auth_callback_failed',
  'authkit_error',
  'configuration_error',
  'cookies_read_only',
  'cross_origin_request',
  'invalid_argument',
  'middleware_not_registered',
  'missing_authorization_code',
  'no_session',
  'oauth_state_mismatch',
  'organization_switch_failed',
  'pkce_cookie_missing',
  'pkce_payload_too_large',
  'provider_not_mounted',
  'sdk_not_loaded',
  'session_encryption_failed',
  'session_refresh_failed',
  'session_too_large',
  'token_invalid',
] as const;

/**
 * The closed set of error codes: `switch (error.code)` narrows, and a `case` for a code that does
 * not exist is a type error. Each class narrows `code` to its own codes.
 */
export type AuthKitErrorCode = (typeof AUTHKIT_ERROR_CODES)[number];

/** Options of the {@link AuthKitError} constructor. */
export interface AuthKitErrorOptions {
  code?: AuthKitErrorCode;
  cause?: unknown;
  data?: Record<string, unknown>;
}

/**
 * `value` as an options object of one of our constructors (a plain object with only `keys`), or
 * `undefined` when it is 0.7.1's positional `cause` (an `Error`, a string, any other object).
 */
function optionsArgument<T extends object>(value: unknown, keys: readonly string[]): T | undefined {
  if (value === undefined) return {} as T;
  if (value === null || typeof value !== 'object') return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  return Object.keys(value).every((key) => keys.includes(key)) ? (value as T) : undefined;
}

/** Base class of every toolkit error. Match on `code` (or the class), not on the message. */
export class AuthKitError extends Error {
  /** Stable machine-readable identifier, e.g. `oauth_state_mismatch`. */
  readonly code: AuthKitErrorCode;
  /** Extra structured detail (never secrets). */
  readonly data?: Record<string, unknown>;

  constructor(message: string, options?: AuthKitErrorOptions);
  /** 0.7.1's form: `new AuthKitError(message, cause, data)`. */
  constructor(message: string, cause?: unknown, data?: Record<string, unknown>);
  constructor(message: string, second?: unknown, data?: Record<string, unknown>) {
    const options: AuthKitErrorOptions = (data === undefined &&
      optionsArgument<AuthKitErrorOptions>(second, ['code', 'cause', 'data'])) || {
      cause: second,
      ...(data ? { data } : {}),
    };
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? 'authkit_error';
    if (options.data) this.data = options.data;
  }
}

/**
 * The base of an error class that carries only a message (`defaultMessage` when given) and a
 * cause, under one `code`: `class NoSessionError extends codedError('no_session', '…') {}`.
 */
function codedError<C extends AuthKitErrorCode>(
  code: C,
  defaultMessage: string,
): new (
  message?: string,
  cause?: unknown,
) => AuthKitError & { readonly code: C };
function codedError<C extends AuthKitErrorCode>(
  code: C,
): new (
  message: string,
  cause?: unknown,
) => AuthKitError & { readonly code: C };
function codedError(code: AuthKitErrorCode, defaultMessage?: string) {
  return class extends AuthKitError {
    constructor(message = defaultMessage, cause?: unknown) {
      super(message ?? code, { code, cause });
    }
  };
}

/** One configuration problem: the config key, the env var that sets it, and what is wrong. */
export interface ConfigurationProblem {
  key: string;
  envVar: string;
  message: string;
}

/** The configuration is incomplete or invalid. Lists every problem at once. */
export class ConfigurationError extends AuthKitError {
  declare readonly code: 'configuration_error';
  readonly problems: ConfigurationProblem[];

  constructor(problems: ConfigurationProblem[]) {
    const lines = problems.map((p) => `  - ${p.envVar} (${p.key}): ${p.message}`);
    super(
      `AuthKit is not configured correctly. Set these environment variables or pass the keys to configure():\n${lines.join('\n')}`,
      { code: 'configuration_error', data: { problems } },
    );
    this.problems = problems;
  }
}

/** A sealed value (session cookie, verifier cookie) could not be sealed or unsealed. */
export class SessionEncryptionError extends AuthKitError {
  declare readonly code: 'session_encryption_failed';
  constructor(message: string, cause?: unknown, data?: Record<string, unknown>) {
    super(message, { code: 'session_encryption_failed', cause, ...(data ? { data } : {}) });
  }
}

/** An access token failed verification (signature, algorithm, issuer, expiry). */
export class TokenValidationError extends AuthKitError {
  declare readonly code: 'token_invalid';
  /** `true` when the token was fine but the keys could not be fetched (network). */
  readonly transient: boolean;

  constructor(message: string, options?: { cause?: unknown; transient?: boolean });
  /** 0.7.1's form: `new TokenValidationError(message, cause)`. */
  constructor(message: string, cause?: unknown);
  constructor(message: string, second?: unknown) {
    const options = optionsArgument<{ cause?: unknown; transient?: boolean }>(second, [
      'cause',
      'transient',
    ]) ?? { cause: second };
    super(message, { code: 'token_invalid', cause: options.cause });
    this.transient = options.transient ?? false;
  }
}

/** The callback's `state` does not match this browser's sign-in (possible CSRF or a leaked URL). */
export class OAuthStateMismatchError extends codedError(
  'oauth_state_mismatch',
  'The sign-in state does not match this browser. Start the sign-in again.',
) {}

/** The per-flow PKCE verifier cookie is absent (expired, blocked, or stripped by a proxy). */
export class PKCECookieMissingError extends codedError(
  'pkce_cookie_missing',
  'The sign-in verifier cookie is missing or expired. Check that cookies reach the callback (no proxy strips Set-Cookie, the callback is on the same site) and sign in again within 10 minutes.',
) {}

/** The sign-in payload (custom state, return path) is too large for a cookie. */
export class PKCEPayloadTooLargeError extends codedError('pkce_payload_too_large') {}

/** The callback URL has no `code` parameter. */
export class MissingAuthorizationCodeError extends codedError(
  'missing_authorization_code',
  'The callback URL has no `code` parameter. Point WORKOS_REDIRECT_URI at your callback route and start the sign-in from your app.',
) {}

/**
 * The sign-in could not complete: WorkOS redirected back with an `error` (the user cancelled, access
 * denied, …; see `oauthError` / `oauthErrorDescription`), rejected the code exchange, or returned
 * an unusable result.
 */
export class AuthCallbackError extends AuthKitError {
  declare readonly code: 'auth_callback_failed';
  /** The `error` query parameter WorkOS sent to the callback (e.g. `access_denied`), if any. */
  readonly oauthError?: string;
  /** The `error_description` WorkOS sent with it, if any (untrusted text: escape it). */
  readonly oauthErrorDescription?: string;

  constructor(
    message: string,
    cause?: unknown,
    details: { oauthError?: string; oauthErrorDescription?: string } = {},
  ) {
    const data = details.oauthError ? { ...details } : undefined;
    super(message, { code: 'auth_callback_failed', cause, ...(data ? { data } : {}) });
    if (details.oauthError) this.oauthError = details.oauthError;
    if (details.oauthErrorDescription) this.oauthErrorDescription = details.oauthErrorDescription;
  }
}

/** Options of the {@link SessionRefreshError} constructor. */
export interface SessionRefreshErrorOptions {
  terminal: boolean;
  cause?: unknown;
  sessionId?: string;
  userId?: string;
}

const REFRESH_OPTION_KEYS = ['terminal', 'cause', 'sessionId', 'userId'];

/** Refreshing a session failed. `terminal` means the session is over and the cookie must go. */
export class SessionRefreshError extends AuthKitError {
  declare readonly code: 'session_refresh_failed';
  readonly terminal: boolean;
  readonly sessionId?: string;
  readonly userId?: string;

  constructor(message: string, options: SessionRefreshErrorOptions);
  /** 0.7.1's `new TokenRefreshError(message, cause, { userId, sessionId })` (not `terminal`). */
  constructor(message: string, cause?: unknown, context?: { userId?: string; sessionId?: string });
  constructor(
    message: string,
    second?: unknown,
    context?: { userId?: string; sessionId?: string },
  ) {
    const given =
      context === undefined
        ? optionsArgument<SessionRefreshErrorOptions>(second, REFRESH_OPTION_KEYS)
        : undefined;
    const options: SessionRefreshErrorOptions =
      given && typeof given.terminal === 'boolean'
        ? given
        : { terminal: false, cause: second, ...context };
    super(message, { code: 'session_refresh_failed', cause: options.cause });
    this.terminal = options.terminal;
    if (options.sessionId) this.sessionId = options.sessionId;
    if (options.userId) this.userId = options.userId;
  }

  /** The original Next adapter's name for `!terminal`: the session was kept for a retry. */
  get isTransient(): boolean {
    return !this.terminal;
  }
}

/** The original package's name for {@link SessionRefreshError} (the same class). */
export const TokenRefreshError = SessionRefreshError;
/** The original package's name for {@link SessionRefreshError}, as a type. */
export type TokenRefreshError = SessionRefreshError;

/** The codes of the errors a sign-in callback can fail with (see {@link CallbackError}). */
export type CallbackErrorCode =
  | 'auth_callback_failed'
  | 'missing_authorization_code'
  | 'oauth_state_mismatch'
  | 'pkce_cookie_missing'
  | 'session_encryption_failed'
  | 'token_invalid';

const CALLBACK_ERROR_CODES: ReadonlySet<string> = new Set<CallbackErrorCode>([
  'auth_callback_failed',
  'missing_authorization_code',
  'oauth_state_mismatch',
  'pkce_cookie_missing',
  'session_encryption_failed',
  'token_invalid',
]);

/**
 * `@workos-inc/authkit-nextjs`'s name for "the sign-in callback failed": not a class of its own
 * but a matcher, so `error instanceof CallbackError` is true for every error a callback can
 * throw here (`AuthCallbackError`, `MissingAuthorizationCodeError`, `OAuthStateMismatchError`,
 * `PKCECookieMissingError`, …); `error.code` says which. It cannot be constructed.
 */
export const CallbackError: {
  readonly prototype: AuthKitError & { code: CallbackErrorCode };
  [Symbol.hasInstance](value: unknown): value is AuthKitError & { code: CallbackErrorCode };
} = Object.freeze({
  prototype: AuthKitError.prototype as AuthKitError & { code: CallbackErrorCode },
  [Symbol.hasInstance](value: unknown): value is AuthKitError & { code: CallbackErrorCode } {
    return value instanceof AuthKitError && CALLBACK_ERROR_CODES.has(value.code);
  },
});

/**
 * A state-changing request (sign-out, organization switch) came from another origin: its `Origin`
 * or `Sec-Fetch-Site` header does not match the app. Answer 403; nothing was changed. If the
 * request is legitimate (a separate front-end origin), list that origin in `allowedOrigins`.
 */
export class CrossOriginRequestError extends codedError(
  'cross_origin_request',
  'This request came from another site, so it was refused (nothing changed). Send it from a page on this app, or add its origin to allowedOrigins.',
) {}

/** An operation that needs a signed-in session was called without one. */
export class NoSessionError extends codedError(
  'no_session',
  'There is no signed-in session. Redirect the user to sign in first.',
) {}

/**
 * Switching the session to another organization failed (no organization id, not a member, or the
 * session ended). `terminal` is `true` when the session has ended at WorkOS: clear the session
 * cookie and send the user to sign in. Otherwise the current session is still good.
 */
export class OrganizationSwitchError extends AuthKitError {
  declare readonly code: 'organization_switch_failed';
  /** `true` when the session has ended and the user must sign in again. */
  readonly terminal: boolean;

  constructor(message: string, cause?: unknown, options: { terminal?: boolean } = {}) {
    super(message, { code: 'organization_switch_failed', cause });
    this.terminal = options.terminal ?? false;
  }
}

/** The sealed session does not fit the cookies a browser keeps (too many claims or too large a user). */
export class SessionTooLargeError extends codedError('session_too_large') {}

/**
 * A call got a value it cannot use: an option (`maxAge: -1`, an unknown `prompt`), a cookie name
 * that is not an HTTP token, a server-function field of the wrong type, a test user the emulator
 * does not know. The message names the value and the fix.
 */
export class InvalidArgumentError extends codedError('invalid_argument') {}

/**
 * A helper was called where it cannot work: outside the middleware or provider it needs, or where
 * cookies cannot be written. The message says what to add or where to call it instead.
 */
export class UsageError extends AuthKitError {
  declare readonly code:
    | 'middleware_not_registered'
    | 'provider_not_mounted'
    | 'cookies_read_only'
    | 'sdk_not_loaded';

  constructor(
    message: string,
    code:
      | 'middleware_not_registered'
      | 'provider_not_mounted'
      | 'cookies_read_only'
      | 'sdk_not_loaded',
    cause?: unknown,
  ) {
    super(message, { code, cause });
  }
}

/**
 * An API key could not be checked because WorkOS could not be reached or failed (network, 5xx,
 * 429). The key is neither accepted nor cached as invalid: answer 503 and let the client retry.
 */
export class ApiKeyValidationError extends codedError('api_key_validation_failed') {}
