import type { AuthenticationResponse, Impersonator, WorkOS } from '@workos-inc/node';
import { WorkOSRef } from '../client/workos-ref.js';
import type { AuthKitConfig, ResolvedAuthKitConfig } from '../config/types.js';
import { type SessionEncryption, sessionEncryption } from '../crypto/session-encryption.js';
import {
  AuthKitError,
  SessionEncryptionError,
  SessionRefreshError,
  TokenValidationError,
} from '../errors.js';
import { decodeClaims, isTokenExpiring, nowSeconds, refreshDue } from '../jwt/claims.js';
import { claimsOfIssuedToken } from '../jwt/issued.js';
import { TokenVerifier, type VerifyOptions, type VerifyOutcome } from '../jwt/verifier.js';
import type { Cooldown } from '../session/cooldown.js';
import type { SingleFlight } from '../session/single-flight.js';
import type { AccessTokenClaims, CustomClaims, Session, SignedInAuth } from '../types.js';
import { buildSignedInAuth } from './build-auth.js';
import {
  asAuthKitError,
  refreshCooldownMs,
  refreshFailure,
  retryAfterMs,
} from './refresh-errors.js';
import { checkSealedToken } from './sealed-token.js';
import {
  type CachedSession,
  type RefreshedSession,
  SessionMemory,
  type SessionValidation,
} from './session-memory.js';
import { sealSession, storedSession, unsealSession } from './session-seal.js';
import { sharedSessionState } from './shared-state.js';
import {
  asResolvedConfig,
  type PKCEState,
  type SessionCheck,
  validateSession,
  verifyCallbackState,
} from './v07-calls.js';

export type { RefreshedSession, SessionValidation } from './session-memory.js';
export { REFRESH_REUSE_MS } from './shared-state.js';

/**
 * JWT verification, session sealing and refresh. One instance per configuration; it owns the
 * verified-session cache and the per-process refresh single-flight.
 */
export class AuthKitCore {
  private readonly verifier: TokenVerifier;
  private readonly memory: SessionMemory;
  private readonly refreshFlight: SingleFlight<RefreshedSession>;
  private readonly refreshCooldown: Cooldown;

  readonly config: ResolvedAuthKitConfig;

  /** The WorkOS client (the SDK loads on the first API call, not to verify a session). */
  readonly workos: WorkOSRef;

  /**
   * `config`: a resolved config, or (as in 0.7.x) an `AuthKitConfig`, resolved without env.
   * `client`: a WorkOS client, or a {@link WorkOSRef} that loads the SDK on first use.
   */
  constructor(
    config: ResolvedAuthKitConfig | AuthKitConfig,
    client: WorkOS | WorkOSRef,
    readonly encryption: SessionEncryption = sessionEncryption,
  ) {
    const resolved = asResolvedConfig(config);
    this.config = resolved;
    this.workos = WorkOSRef.of(resolved, client);
    this.verifier = new TokenVerifier({
      jwksUrl: this.workos.jwksUrl(),
      issuer: resolved.issuer,
      clockToleranceSeconds: resolved.clockToleranceSeconds,
    });
    const shared = sharedSessionState<CachedSession, RefreshedSession>(resolved);
    this.memory = new SessionMemory(shared.cache, shared.deadSessions, resolved);
    this.refreshFlight = shared.refreshFlight;
    this.refreshCooldown = shared.refreshCooldown;
  }

  /** Reports a failure to the configured `onError` hook (never throws). */
  reportError(error: AuthKitError, operation: string): void {
    try {
      this.config.onError?.(error, { operation });
    } catch {
      /* a failing hook must not break the request */
    }
  }

  /** Verifies an access token and classifies the result. */
  verifyAccessToken(token: string, options?: VerifyOptions): Promise<VerifyOutcome> {
    return this.verifier.verify(token, options);
  }

  /** True when the token verifies (signature, RS256, issuer, not expired). */
  async verifyToken(token: string): Promise<boolean> {
    return (await this.verifier.verify(token)).status === 'valid';
  }

  /** True when the token expires within `bufferSeconds` (unverified; for refresh decisions). */
  isTokenExpiring(token: string, bufferSeconds = 10): boolean {
    return isTokenExpiring(token, bufferSeconds);
  }

  /**
   * The claims of an access token, decoded WITHOUT verifying it (use `verifyToken` for that);
   * throws `TokenValidationError` when it is not a JWT with claims.
   */
  parseTokenClaims<TCustomClaims = CustomClaims>(token: string): AccessTokenClaims & TCustomClaims {
    const claims = decodeClaims(token);
    if (!claims) throw new TokenValidationError('The access token is not a JWT with claims.');
    return claims as AccessTokenClaims & TCustomClaims;
  }

  /** Seals a session with the current cookie password; the seal expires with the cookie. */
  encryptSession(session: Session): Promise<string> {
    return sealSession(this.encryption, this.config, session);
  }

  /** Unseals a session cookie (any configured password); throws `SessionEncryptionError`. */
  decryptSession(encryptedSession: string): Promise<Session> {
    return unsealSession(this.encryption, this.config.cookiePasswords, encryptedSession);
  }

  /**
   * Calls WorkOS to exchange a refresh token (optionally switching organization). Throws
   * `SessionRefreshError` (0.7.x: `TokenRefreshError`) carrying `context`'s user and session ids.
   */
  async refreshTokens(
    refreshToken: string,
    organizationId?: string,
    context: { userId?: string; sessionId?: string } = {},
  ): Promise<AuthenticationResponse & { impersonator: Impersonator | undefined }> {
    try {
      const client = await this.workos.load();
      const response = await client.userManagement.authenticateWithRefreshToken({
        clientId: this.config.clientId,
        refreshToken,
        ...(organizationId ? { organizationId } : {}),
      });
      return { ...response, impersonator: response.impersonator };
    } catch (error) {
      throw refreshFailure(error, context);
    }
  }

  /**
   * 0.7.x: checks a callback `state` against its verifier cookie's value and returns the flow's
   * pending sign-in. Throws `OAuthStateMismatchError` or `PKCECookieMissingError`.
   */
  verifyCallbackState(params: {
    stateFromUrl: string | undefined;
    cookieValue: string | undefined;
  }): Promise<PKCEState> {
    return verifyCallbackState(this, params);
  }

  /**
   * Turns an authentication response (code exchange or refresh, straight from the WorkOS API)
   * into a sealed session. The new access token is decoded and checked for consistency (see
   * `claimsOfIssuedToken`), not re-verified; throws `TokenValidationError` when it is inconsistent.
   */
  async sessionFromAuthentication(response: AuthenticationResponse): Promise<RefreshedSession> {
    const claims = claimsOfIssuedToken(response.accessToken, {
      userId: response.user?.id,
      issuer: this.config.issuer,
      clockToleranceSeconds: this.config.clockToleranceSeconds,
    });
    // The session (and so `auth.user`) reads the same now as after the cookie is unsealed.
    const session = storedSession({
      accessToken: response.accessToken,
      refreshToken: response.refreshToken,
      user: response.user,
      impersonator: response.impersonator,
      organizationId: claims.org_id,
    });
    const encryptedSession = await this.encryptSession(session);
    const auth = buildSignedInAuth(session, claims);
    this.memory.remember(encryptedSession, { kind: 'valid', auth, session });
    return { auth, session, encryptedSession, authResponse: response };
  }

  /** Refreshes a session (optionally into another organization); throws `SessionRefreshError`. */
  async refreshSession(session: Session, organizationId?: string): Promise<RefreshedSession> {
    const response = await this.refreshTokens(session.refreshToken, organizationId, {
      userId: session.user.id,
    });
    try {
      return await this.sessionFromAuthentication(response);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SessionRefreshError(`The refreshed session could not be used: ${reason}`, {
        terminal: false,
        cause: error,
        userId: session.user.id,
      });
    }
  }

  /**
   * The steps both validate paths share: the cache, unsealing, verifying the access token (with
   * `verify`) and checking it belongs to the session's user. Returns the final answer when one of
   * them decides it, else the unsealed session and the token's outcome.
   */
  private async openSession(
    encryptedSession: string,
    verify: (token: string) => Promise<VerifyOutcome>,
    bufferSeconds?: number,
  ): Promise<SessionValidation | { session: Session; outcome: VerifyOutcome }> {
    const cached = this.cachedValidation(encryptedSession);
    // A per-call buffer larger than the configured one: a cached session inside it is due.
    if (cached?.kind === 'valid' && bufferSeconds !== undefined) {
      const { claims } = cached.auth;
      if (refreshDue(claims, bufferSeconds, false))
        return { session: cached.session, outcome: { status: 'valid', claims } };
    }
    if (cached) return cached;
    let session: Session;
    try {
      session = await this.decryptSession(encryptedSession);
    } catch (error) {
      const failure =
        error instanceof AuthKitError
          ? error
          : new SessionEncryptionError('The session cookie could not be unsealed.', error);
      this.reportError(failure, 'withAuth');
      return { kind: 'signed_out', reason: 'invalid_session', clearCookie: true };
    }
    const outcome = await verify(session.accessToken);
    if ('claims' in outcome && outcome.claims.sub !== session.user.id) {
      this.reportError(
        new TokenValidationError('The access token belongs to a different user than the session.'),
        'withAuth',
      );
      return { kind: 'signed_out', reason: 'invalid_session', clearCookie: true };
    }
    return { session, outcome };
  }

  /**
   * Validates a sealed session cookie WITHOUT refreshing it: a verified token is signed in (even
   * inside the refresh buffer); anything a refresh could fix is signed out with the cookie kept, so
   * a place that can write cookies refreshes it later. Never calls WorkOS's authenticate endpoint
   * (the signing keys are still fetched when not cached). Never throws; failures go to `onError`.
   */
  async validateWithoutRefresh(encryptedSession: string): Promise<SessionValidation> {
    const opened = await this.openSession(encryptedSession, (token) =>
      this.verifyAccessToken(token, { reloadOnUnknownKey: true }),
    );
    if ('kind' in opened) return opened;
    const { session, outcome } = opened;
    if (outcome.status === 'valid') {
      return { kind: 'valid', auth: buildSignedInAuth(session, outcome.claims), session };
    }
    if (outcome.status === 'expired') {
      return { kind: 'signed_out', reason: 'session_expired', clearCookie: false };
    }
    this.reportError(
      new TokenValidationError(
        outcome.status === 'unavailable'
          ? 'The WorkOS signing keys could not be fetched.'
          : 'The session access token did not verify (not refreshed: refresh is off).',
        { cause: outcome.error, transient: outcome.status === 'unavailable' },
      ),
      'withAuth',
    );
    const reason = outcome.status === 'unavailable' ? 'refresh_unavailable' : 'session_expired';
    return { kind: 'signed_out', reason, clearCookie: false };
  }

  /**
   * Validates a sealed session cookie: cache, unseal, verify, and refresh when the access token
   * is expired or within the refresh buffer: the configured one (at most a third of the token's
   * lifetime), or `refreshBufferSeconds` as given for this call. Never throws; failures go to `onError`.
   */
  async validateAndRefresh(
    encryptedSession: string,
    options?: { refreshBufferSeconds?: number },
  ): Promise<SessionValidation>;
  /**
   * 0.7.x: validates an unsealed `Session`, refreshing it when the token does not verify or
   * `force` is set. Throws `TokenRefreshError` when the refresh fails.
   */
  async validateAndRefresh<TCustomClaims = CustomClaims>(
    session: Session,
    options?: { force?: boolean; organizationId?: string },
  ): Promise<SessionCheck<TCustomClaims>>;
  async validateAndRefresh(
    encryptedSession: string | Session,
    options?: { force?: boolean; organizationId?: string; refreshBufferSeconds?: number },
  ): Promise<SessionValidation | SessionCheck> {
    if (typeof encryptedSession !== 'string') {
      return validateSession(this, encryptedSession, options);
    }
    const { clockToleranceSeconds, refreshBufferSeconds } = this.config;
    const buffer = options?.refreshBufferSeconds;
    const opened = await this.openSession(
      encryptedSession,
      (token) => checkSealedToken(this.verifier, clockToleranceSeconds, token),
      buffer,
    );
    if ('kind' in opened) return opened;
    const { session, outcome } = opened;
    let current: SignedInAuth | undefined;
    if (outcome.status === 'valid') {
      current = buildSignedInAuth(session, outcome.claims);
      if (!refreshDue(outcome.claims, buffer ?? refreshBufferSeconds, buffer === undefined)) {
        // Cached only until the configured buffer: the cache answers calls with any buffer.
        if (!refreshDue(outcome.claims, refreshBufferSeconds)) {
          this.memory.remember(encryptedSession, { kind: 'valid', auth: current, session });
        }
        return { kind: 'valid', auth: current, session };
      }
    } else if (outcome.status === 'unavailable') {
      this.reportError(
        new TokenValidationError('The WorkOS signing keys could not be fetched.', {
          cause: outcome.error,
          transient: true,
        }),
        'withAuth',
      );
      return { kind: 'signed_out', reason: 'refresh_unavailable', clearCookie: false };
    } else if (outcome.status === 'invalid') {
      this.reportError(
        new TokenValidationError('The session access token did not verify; refreshing it.', {
          cause: outcome.error,
        }),
        'withAuth',
      );
    }

    // A proactive refresh of this unexpired token failed transiently a moment ago: keep using
    // the token instead of calling WorkOS again on every request of an outage. (A token past
    // `exp`, even within the clock tolerance, is always retried.)
    const unexpired = current !== undefined && current.claims.exp > nowSeconds();
    if (current && unexpired && this.refreshCooldown.active(session.refreshToken)) {
      return { kind: 'valid', auth: current, session };
    }
    // An expired session whose refresh WorkOS just rate-limited (429 with Retry-After) is signed
    // out for now either way: wait as WorkOS asked instead of calling it again on every request,
    // so replayed cookies cannot spend the app's rate limit. (Other transient failures retry at
    // once, so the user is back as soon as WorkOS is.)
    if (!current && this.refreshCooldown.active(session.refreshToken)) {
      return { kind: 'signed_out', reason: 'refresh_unavailable', clearCookie: false };
    }
    try {
      const refreshed = await this.refreshFlight.run(session.refreshToken, () =>
        this.refreshSession(session),
      );
      return { kind: 'refreshed', ...refreshed };
    } catch (error) {
      const failure = asAuthKitError(error);
      this.reportError(failure, 'withAuth');
      const terminal = failure instanceof SessionRefreshError && failure.terminal;
      // While the old access token is still valid, keep it: another instance may have rotated the
      // refresh token a moment ago, and its new cookie must not be overwritten by a clear.
      if (current) {
        if (unexpired) {
          // A dead refresh token is not asked again while the token lasts.
          const ms = terminal
            ? current.claims.exp * 1000 - Date.now()
            : refreshCooldownMs(failure.cause, this.config.refreshCooldownSeconds);
          this.refreshCooldown.start(session.refreshToken, ms);
        }
        return { kind: 'valid', auth: current, session };
      }
      // Expired: a terminal failure is final: remembered, so replaying the dead cookie costs no
      // further WorkOS call. A transient one keeps the cookie and cools down before the next try.
      if (terminal) {
        return this.memory.markEnded(encryptedSession);
      }
      this.refreshCooldown.start(session.refreshToken, retryAfterMs(failure.cause));
      return { kind: 'signed_out', reason: 'refresh_unavailable', clearCookie: false };
    }
  }

  /**
   * The cached `valid` answer for a sealed cookie, synchronously, or `undefined` (then call
   * {@link validateAndRefresh}). The per-request fast path for a cookie seen before.
   */
  cachedValidation(encryptedSession: string): SessionValidation | undefined {
    return this.memory.get(encryptedSession);
  }

  /** Forgets every cached verified session (and every remembered dead one). */
  clearCache(): void {
    this.memory.clear();
  }
}
