import type { WorkOS } from '@workos-inc/node';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { type HeaderBag, mergeHeaderBags, type WriteResult } from '../cookies/header-bag.js';
import type { RefreshedSession } from '../core/auth-kit-core.js';
import { SessionEncryptionError } from '../errors.js';
import {
  flowIdFromState,
  isPKCEVerifierCookieName,
  PKCE_COOKIE_PREFIX,
  verifierCookieName,
} from '../pkce/flow.js';
import type {
  AccessTokenClaims,
  AuthenticationResponse,
  AuthorizationOptions,
  AuthResult,
  Session,
  SignedInAuth,
} from '../types.js';
import { completeCallback } from './callback.js';
import { type AuthServiceOptions, LazyRuntime, type ServiceRuntime } from './runtime.js';

/** `withAuth`'s answer: the auth result plus headers to apply when the cookie must change. */
export interface WithAuthResult<TClaims extends AccessTokenClaims = AccessTokenClaims> {
  auth: AuthResult<TClaims>;
  /** The refreshed sealed session (already in `headers`); for adapters that save it themselves. */
  refreshedSessionData?: string;
  /** Set-Cookie (+ Cache-Control: no-store) when the session was refreshed or must be cleared. */
  headers?: HeaderBag;
}

/** A refreshed or switched session with the headers that store it. */
export interface SessionUpdate {
  auth: SignedInAuth;
  session: Session;
  encryptedSession: string;
  headers: HeaderBag;
}

/** `handleCallback`'s answer. */
export type CallbackResult<TResponse> = WriteResult<TResponse> & {
  returnPathname: string;
  state?: string;
  auth: SignedInAuth;
  authResponse: AuthenticationResponse;
  encryptedSession: string;
};

/** The answer of the sign-in URL builders. */
export type AuthorizationResult<TResponse> = WriteResult<TResponse> & {
  url: string;
  /** Name of the verifier cookie written for this flow. */
  cookieName: string;
};

/**
 * The session API adapters call: Request in, data + header bag out. Initialises lazily (config
 * is read on first use) and follows later `configure()` calls.
 */
export class AuthService<TRequest, TResponse> {
  private readonly runtime: LazyRuntime<TRequest, TResponse>;

  constructor(options: AuthServiceOptions<TRequest, TResponse>) {
    this.runtime = new LazyRuntime(options);
  }

  /** The resolved config, core, operations, client and storage in use. */
  getRuntime(): ServiceRuntime<TRequest, TResponse> {
    return this.runtime.get();
  }

  /** The resolved configuration (throws `ConfigurationError` when incomplete). */
  getConfig(): ResolvedAuthKitConfig {
    return this.runtime.get().config;
  }

  /** The WorkOS client this service uses. */
  getWorkOS(): WorkOS {
    return this.runtime.get().client;
  }

  /**
   * Authenticates a request: verifies the session cookie and refreshes it when needed.
   * Never throws for bad cookies or WorkOS outages (those read as signed out and reach
   * `onError`); throws `ConfigurationError` when the app is misconfigured.
   */
  async withAuth<TClaims extends AccessTokenClaims = AccessTokenClaims>(
    request: TRequest,
  ): Promise<WithAuthResult<TClaims>> {
    return (await this.authenticate(request)) as WithAuthResult<TClaims>;
  }

  private async authenticate(request: TRequest): Promise<WithAuthResult> {
    const { core, storage } = this.runtime.get();
    const read = await storage.readSession(request);
    if (!read.value) {
      if (!read.broken) return { auth: { user: null, reason: 'no_session' } };
      core.reportError(
        new SessionEncryptionError('The session cookie chunks are missing or mixed.'),
        'withAuth',
      );
      const names = await storage.getCookieNames(request);
      return {
        auth: { user: null, reason: 'invalid_session' },
        headers: storage.clearSessionHeaders(names),
      };
    }
    const result = await core.validateAndRefresh(read.value);
    if (result.kind === 'valid') return { auth: result.auth };
    const names = await storage.getCookieNames(request);
    if (result.kind === 'refreshed') {
      return {
        auth: result.auth,
        refreshedSessionData: result.encryptedSession,
        headers: storage.sessionCookieHeaders(result.encryptedSession, names),
      };
    }
    const auth: AuthResult = { user: null, reason: result.reason };
    return result.clearCookie ? { auth, headers: storage.clearSessionHeaders(names) } : { auth };
  }

  /** The unsealed session on the request (not verified), or `null`. */
  async getSession(request: TRequest): Promise<Session | null> {
    const { core, storage } = this.runtime.get();
    const sealed = await storage.getSession(request);
    if (!sealed) return null;
    try {
      return await core.decryptSession(sealed);
    } catch {
      return null;
    }
  }

  /** Writes a sealed session (e.g. `refreshedSessionData`) to the response / headers. */
  saveSession(
    response: TResponse | undefined,
    sessionData: string,
    options: { request?: TRequest } = {},
  ): Promise<WriteResult<TResponse>> {
    return this.runtime.get().storage.saveSession(response, sessionData, options);
  }

  /** Deletes the session cookie (and its chunks). */
  clearSession(
    response: TResponse | undefined,
    options: { request?: TRequest } = {},
  ): Promise<WriteResult<TResponse>> {
    return this.runtime.get().storage.clearSession(response, options);
  }

  /** The WorkOS logout URL for `sessionId`, plus headers that delete the session cookie. */
  async signOut(
    sessionId: string,
    options: { returnTo?: string; response?: TResponse; request?: TRequest } = {},
  ): Promise<WriteResult<TResponse> & { logoutUrl: string }> {
    const { operations, storage } = this.runtime.get();
    const logoutUrl = operations.getLogoutUrl(sessionId, options);
    const write = await storage.clearSession(options.response, { request: options.request });
    return { ...write, logoutUrl };
  }

  /** Refreshes a session now. Throws `SessionRefreshError` (`terminal` when it has ended). */
  async refreshSession(session: Session, organizationId?: string): Promise<SessionUpdate> {
    const { operations } = this.runtime.get();
    return this.toUpdate(await operations.refreshSession(session, organizationId));
  }

  /** Moves the session to another organization. Throws `OrganizationSwitchError`. */
  async switchOrganization(session: Session, organizationId: string): Promise<SessionUpdate> {
    const { operations } = this.runtime.get();
    return this.toUpdate(await operations.switchOrganization(session, organizationId));
  }

  /** Builds a WorkOS sign-in URL and writes this flow's verifier cookie. */
  async createAuthorization(
    response: TResponse | undefined,
    options: AuthorizationOptions<TRequest> = {},
  ): Promise<AuthorizationResult<TResponse>> {
    const { operations, storage } = this.runtime.get();
    const { request, ...rest } = options;
    const names = request === undefined ? undefined : await storage.getCookieNames(request);
    const prepared = await operations.createAuthorization(rest, names);
    const headers = mergeHeaderBags(
      storage.cookieHeaders(prepared.cookieName, prepared.cookieValue, prepared.cookieOptions),
      prepared.staleCookieNames.length > 0
        ? storage.clearCookieHeaders(prepared.staleCookieNames, prepared.cookieOptions)
        : undefined,
    );
    const write = await storage.writeHeaders(response, headers);
    return { ...write, url: prepared.url, cookieName: prepared.cookieName };
  }

  /** {@link createAuthorization} for the sign-in screen. */
  createSignIn(
    response: TResponse | undefined,
    options: AuthorizationOptions<TRequest> = {},
  ): Promise<AuthorizationResult<TResponse>> {
    return this.createAuthorization(response, { ...options, screenHint: 'sign-in' });
  }

  /** {@link createAuthorization} for the sign-up screen. */
  createSignUp(
    response: TResponse | undefined,
    options: AuthorizationOptions<TRequest> = {},
  ): Promise<AuthorizationResult<TResponse>> {
    return this.createAuthorization(response, { ...options, screenHint: 'sign-up' });
  }

  /**
   * Completes the sign-in: checks `state` against this flow's verifier cookie (constant time),
   * exchanges the code with the verifier, and writes the session cookie while clearing the
   * verifier. Throws `MissingAuthorizationCodeError`, `OAuthStateMismatchError`,
   * `PKCECookieMissingError` or `AuthCallbackError`; call `clearPendingVerifier` on errors.
   */
  async handleCallback(
    request: TRequest,
    response: TResponse | undefined,
    params: { code: string | null | undefined; state: string | null | undefined },
  ): Promise<CallbackResult<TResponse>> {
    const runtime = this.runtime.get();
    const done = await completeCallback(runtime, request, params);
    const write = await runtime.storage.writeHeaders(response, done.headers);
    const result: CallbackResult<TResponse> = {
      ...write,
      returnPathname: done.returnPathname,
      auth: done.refreshed.auth,
      authResponse: done.refreshed.authResponse,
      encryptedSession: done.refreshed.encryptedSession,
    };
    if (done.customState !== undefined) result.state = done.customState;
    return result;
  }

  /**
   * Deletes verifier cookies on error paths: the flow named by `state`, and every pending
   * verifier cookie on `request`.
   */
  async clearPendingVerifier(
    response: TResponse | undefined,
    options: { state?: string | null; request?: TRequest; redirectUri?: string } = {},
  ): Promise<WriteResult<TResponse>> {
    const { operations, storage } = this.runtime.get();
    const names = new Set<string>();
    const flowId = flowIdFromState(options.state);
    if (flowId) names.add(verifierCookieName(flowId));
    if (options.request !== undefined) {
      for (const name of await storage.getCookieNames(options.request)) {
        if (isPKCEVerifierCookieName(name)) names.add(name);
      }
    }
    if (names.size === 0) names.add(PKCE_COOKIE_PREFIX);
    const cookieOptions = operations.verifierCookieOptions(options.redirectUri);
    return storage.writeHeaders(response, storage.clearCookieHeaders([...names], cookieOptions));
  }

  private toUpdate(refreshed: RefreshedSession): SessionUpdate {
    const { storage } = this.runtime.get();
    return {
      auth: refreshed.auth,
      session: refreshed.session,
      encryptedSession: refreshed.encryptedSession,
      headers: storage.sessionCookieHeaders(refreshed.encryptedSession),
    };
  }
}

/** Creates an {@link AuthService}; nothing is read until first use, so `configure()` may come later. */
export function createAuthService<TRequest, TResponse>(
  options: AuthServiceOptions<TRequest, TResponse>,
): AuthService<TRequest, TResponse> {
  return new AuthService(options);
}
