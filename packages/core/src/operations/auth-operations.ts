import type { WorkOS } from '@workos-inc/node';
import { WorkOSRef } from '../client/workos-ref.js';
import type { AuthKitConfig, ResolvedAuthKitConfig } from '../config/types.js';
import type { CookieOptions } from '../cookies/serialize.js';
import type { AuthKitCore, RefreshedSession } from '../core/auth-kit-core.js';
import { asResolvedConfig } from '../core/v07-calls.js';
import { type SessionEncryption, sessionEncryption } from '../crypto/session-encryption.js';
import {
  OrganizationSwitchError,
  PKCEPayloadTooLargeError,
  SessionRefreshError,
} from '../errors.js';
import {
  cookieNamePrefix,
  createFlowId,
  createState,
  type PendingSignIn,
  PKCE_COOKIE_MAX_AGE,
  sealPendingSignIn,
  selectStalePKCEVerifierCookieNames,
  verifierCookieName,
} from '../pkce/flow.js';
import { createPkcePair } from '../pkce/random.js';
import { sanitizeReturnPathname } from '../pkce/return-path.js';
import { secureFor } from '../session/storage.js';
import type { AuthorizationOptions, Session } from '../types.js';
import { sdkAuthorizationOptions } from './authorization-url.js';

/** A prepared sign-in: the WorkOS URL and the verifier cookie to write. */
export interface PreparedAuthorization {
  url: string;
  state: string;
  cookieName: string;
  cookieValue: string;
  /** 0.7.x's name for `cookieValue` (there the sealed state was also the URL `state`). */
  sealedState: string;
  cookieOptions: CookieOptions;
  /** Older verifier cookies to clear (when the request's cookies were given). */
  staleCookieNames: string[];
}

/** WorkOS operations: authorization URLs, logout URLs, refresh and organization switch. */
export class AuthOperations {
  private readonly config: ResolvedAuthKitConfig;
  private readonly workos: WorkOSRef;

  /**
   * `config`: a resolved config, or (as in 0.7.x) an `AuthKitConfig`, resolved without env.
   * `client`: a WorkOS client, or a {@link WorkOSRef} that loads the SDK on first use.
   */
  constructor(
    private readonly core: AuthKitCore,
    client: WorkOS | WorkOSRef,
    config: ResolvedAuthKitConfig | AuthKitConfig,
    private readonly encryption: SessionEncryption = sessionEncryption,
  ) {
    this.config = asResolvedConfig(config);
    this.workos = WorkOSRef.of(this.config, client);
  }

  /** The WorkOS logout URL that ends `sessionId`. */
  getLogoutUrl(sessionId: string, options: { returnTo?: string } = {}): string {
    return this.workos.logoutUrl(sessionId, options.returnTo);
  }

  /** Refreshes a session, optionally into another organization. Throws `SessionRefreshError`. */
  refreshSession(session: Session, organizationId?: string): Promise<RefreshedSession> {
    return this.core.refreshSession(session, organizationId);
  }

  /**
   * Moves the session to another organization. Throws `OrganizationSwitchError`: for an empty id
   * (before any call), and with `terminal: true` when the session has ended at WorkOS.
   */
  async switchOrganization(session: Session, organizationId: string): Promise<RefreshedSession> {
    if (typeof organizationId !== 'string' || organizationId.trim() === '') {
      throw new OrganizationSwitchError(
        'switchOrganization needs the id of the organization to switch to (got an empty value).',
      );
    }
    try {
      return await this.core.refreshSession(session, organizationId);
    } catch (error) {
      const cause = error instanceof SessionRefreshError ? (error.cause ?? error) : error;
      const { error: reason, name } = (cause ?? {}) as { error?: string; name?: string };
      // AuthenticationException (e.g. sso_required) is about the target organization's rules;
      // the current session is still good, so only a dead refresh token ends it.
      const terminal =
        error instanceof SessionRefreshError &&
        error.terminal &&
        name !== 'AuthenticationException';
      throw new OrganizationSwitchError(
        reason === 'organization_membership_not_found' || reason === 'organization_not_found'
          ? `The user is not a member of organization ${organizationId}.`
          : terminal
            ? `The session has ended, so it cannot switch to organization ${organizationId}. Sign in again.`
            : `Switching to organization ${organizationId} failed. Try again.`,
        error,
        { terminal },
      );
    }
  }

  /**
   * Cookie options of a verifier cookie (Lax so it survives the redirect back from WorkOS).
   * Verifier cookies take the session cookie's `__Host-`/`__Secure-` prefix, so they are `Secure`
   * whenever it is.
   */
  verifierCookieOptions(redirectUri: string = this.config.redirectUri): CookieOptions {
    return {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureFor(redirectUri, this.config.cookieName),
      maxAge: PKCE_COOKIE_MAX_AGE,
      ...(this.config.cookieDomain ? { domain: this.config.cookieDomain } : {}),
    };
  }

  /** The verifier cookie name of `flowId` (with the session cookie's `__Host-`/`__Secure-` prefix). */
  verifierCookieName(flowId: string): string {
    return verifierCookieName(flowId, cookieNamePrefix(this.config.cookieName));
  }

  /**
   * Prepares a sign-in: a PKCE pair, a per-flow state and the sealed verifier cookie.
   * `existingCookieNames` (from the request) lets older pending flows be capped, by count and,
   * with `existingCookieSizes` (`name=value` lengths), by total size.
   */
  async createAuthorization(
    options: Omit<AuthorizationOptions, 'request'> = {},
    existingCookieNames?: readonly string[],
    existingCookieSizes?: ReadonlyMap<string, number>,
  ): Promise<PreparedAuthorization> {
    const redirectUri = options.redirectUri ?? this.config.redirectUri;
    const flowId = createFlowId();
    const state = createState(flowId, options.state);
    const { codeVerifier, codeChallenge } = await createPkcePair();
    const pending: PendingSignIn = { state, codeVerifier, issuedAt: Date.now() };
    if (options.returnPathname !== undefined) {
      pending.returnPathname = sanitizeReturnPathname(options.returnPathname);
    }
    if (options.state !== undefined) pending.customState = options.state;
    if (options.redirectUri) pending.redirectUri = options.redirectUri;
    const cookieValue = await this.sealPending(pending);
    const client = await this.workos.load();
    const url = client.userManagement.getAuthorizationUrl(
      sdkAuthorizationOptions({
        clientId: this.config.clientId,
        redirectUri,
        state,
        codeChallenge,
        options,
      }),
    );
    const cookieName = this.verifierCookieName(flowId);
    const sizes = existingCookieSizes && new Map(existingCookieSizes);
    sizes?.set(cookieName, cookieName.length + 1 + cookieValue.length);
    return {
      url,
      state,
      cookieName,
      cookieValue,
      sealedState: cookieValue,
      cookieOptions: this.verifierCookieOptions(redirectUri),
      staleCookieNames: existingCookieNames
        ? selectStalePKCEVerifierCookieNames(
            existingCookieNames,
            sizes ? { keep: cookieName, sizes } : undefined,
          )
        : [],
    };
  }

  /**
   * Seals the pending sign-in. A return path too long for the cookie (it comes from the request,
   * e.g. `?returnPathname=`) is dropped for `/` rather than failing the sign-in; a too-large custom
   * `state` (the app's own) still throws `PKCEPayloadTooLargeError`.
   */
  private async sealPending(pending: PendingSignIn): Promise<string> {
    const passwords = this.config.cookiePasswords;
    try {
      return await sealPendingSignIn(this.encryption, passwords, pending);
    } catch (error) {
      if (!(error instanceof PKCEPayloadTooLargeError) || !pending.returnPathname) throw error;
      const { returnPathname: _dropped, ...rest } = pending;
      return sealPendingSignIn(this.encryption, passwords, rest);
    }
  }

  /** {@link createAuthorization} with `screenHint: 'sign-in'`. */
  createSignIn(
    options: Omit<AuthorizationOptions, 'request'> = {},
    existingCookieNames?: readonly string[],
  ): Promise<PreparedAuthorization> {
    return this.createAuthorization({ ...options, screenHint: 'sign-in' }, existingCookieNames);
  }

  /** {@link createAuthorization} with `screenHint: 'sign-up'`. */
  createSignUp(
    options: Omit<AuthorizationOptions, 'request'> = {},
    existingCookieNames?: readonly string[],
  ): Promise<PreparedAuthorization> {
    return this.createAuthorization({ ...options, screenHint: 'sign-up' }, existingCookieNames);
  }
}
