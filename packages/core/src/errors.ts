/**
 * Every error the toolkit raises. Each class has a stable `code` (safe to show, log and match on)
 * and a message that says what to do. Adapters define no error classes of their own.
 */

/** Base class of every toolkit error. Match on `code`, not on the message. */
export class AuthKitError extends Error {
  /** Stable machine-readable identifier, e.g. `oauth_state_mismatch`. */
  readonly code: string;
  /** Extra structured detail (never secrets). */
  readonly data?: Record<string, unknown>;

  constructor(
    message: string,
    options: { code?: string; cause?: unknown; data?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? 'authkit_error';
    if (options.data) this.data = options.data;
  }
}

/** One configuration problem: the config key, the env var that sets it, and what is wrong. */
export interface ConfigurationProblem {
  key: string;
  envVar: string;
  message: string;
}

/** The configuration is incomplete or invalid. Lists every problem at once. */
export class ConfigurationError extends AuthKitError {
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
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'session_encryption_failed', cause });
  }
}

/** An access token failed verification (signature, algorithm, issuer, expiry). */
export class TokenValidationError extends AuthKitError {
  /** `true` when the token was fine but the keys could not be fetched (network). */
  readonly transient: boolean;

  constructor(message: string, options: { cause?: unknown; transient?: boolean } = {}) {
    super(message, { code: 'token_invalid', cause: options.cause });
    this.transient = options.transient ?? false;
  }
}

/** The callback's `state` does not match this browser's sign-in (possible CSRF or a leaked URL). */
export class OAuthStateMismatchError extends AuthKitError {
  constructor(message = 'The sign-in state does not match this browser. Start the sign-in again.') {
    super(message, { code: 'oauth_state_mismatch' });
  }
}

/** The per-flow PKCE verifier cookie is absent (expired, blocked, or stripped by a proxy). */
export class PKCECookieMissingError extends AuthKitError {
  constructor(
    message = 'The sign-in verifier cookie is missing or expired. Check that cookies reach the callback (no proxy strips Set-Cookie, the callback is on the same site) and sign in again within 10 minutes.',
  ) {
    super(message, { code: 'pkce_cookie_missing' });
  }
}

/** The sign-in payload (custom state, return path) is too large for a cookie. */
export class PKCEPayloadTooLargeError extends AuthKitError {
  constructor(message: string) {
    super(message, { code: 'pkce_payload_too_large' });
  }
}

/** The callback URL has no `code` parameter. */
export class MissingAuthorizationCodeError extends AuthKitError {
  constructor(
    message = 'The callback URL has no `code` parameter. Point WORKOS_REDIRECT_URI at your callback route and start the sign-in from your app.',
  ) {
    super(message, { code: 'missing_authorization_code' });
  }
}

/**
 * The sign-in could not complete: WorkOS redirected back with an `error` (the user cancelled, access
 * denied, …; see `oauthError` / `oauthErrorDescription`), rejected the code exchange, or returned
 * an unusable result.
 */
export class AuthCallbackError extends AuthKitError {
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

/** Refreshing a session failed. `terminal` means the session is over and the cookie must go. */
export class SessionRefreshError extends AuthKitError {
  readonly terminal: boolean;
  readonly sessionId?: string;
  readonly userId?: string;

  constructor(
    message: string,
    options: { terminal: boolean; cause?: unknown; sessionId?: string; userId?: string },
  ) {
    super(message, { code: 'session_refresh_failed', cause: options.cause });
    this.terminal = options.terminal;
    if (options.sessionId) this.sessionId = options.sessionId;
    if (options.userId) this.userId = options.userId;
  }
}

/** The original package's name for {@link SessionRefreshError}. */
export const TokenRefreshError = SessionRefreshError;

/**
 * A state-changing request (sign-out, organization switch) came from another origin: its `Origin`
 * or `Sec-Fetch-Site` header does not match the app. Answer 403; nothing was changed. If the
 * request is legitimate (a separate front-end origin), list that origin in `allowedOrigins`.
 */
export class CrossOriginRequestError extends AuthKitError {
  constructor(
    message = 'This request came from another site, so it was refused (nothing changed). Send it from a page on this app, or add its origin to allowedOrigins.',
  ) {
    super(message, { code: 'cross_origin_request' });
  }
}

/** An operation that needs a signed-in session was called without one. */
export class NoSessionError extends AuthKitError {
  constructor(message = 'There is no signed-in session. Redirect the user to sign in first.') {
    super(message, { code: 'no_session' });
  }
}

/**
 * Switching the session to another organization failed (no organization id, not a member, or the
 * session ended). `terminal` is `true` when the session has ended at WorkOS: clear the session
 * cookie and send the user to sign in. Otherwise the current session is still good.
 */
export class OrganizationSwitchError extends AuthKitError {
  /** `true` when the session has ended and the user must sign in again. */
  readonly terminal: boolean;

  constructor(message: string, cause?: unknown, options: { terminal?: boolean } = {}) {
    super(message, { code: 'organization_switch_failed', cause });
    this.terminal = options.terminal ?? false;
  }
}

/** A call got an option it cannot use (e.g. `maxAge: -1`); the message names the option and the fix. */
export class InvalidArgumentError extends AuthKitError {
  constructor(message: string) {
    super(message, { code: 'invalid_argument' });
  }
}

/**
 * An API key could not be checked because WorkOS could not be reached or failed (network, 5xx,
 * 429). The key is neither accepted nor cached as invalid: answer 503 and let the client retry.
 */
export class ApiKeyValidationError extends AuthKitError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'api_key_validation_failed', cause });
  }
}
