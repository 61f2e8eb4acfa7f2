import type { WorkOS } from '@workos-inc/node';
import type { WorkOSRef } from '../client/workos-ref.js';
import type { AuthKitConfig, ResolvedAuthKitConfig } from '../config/types.js';
import type { WriteResult } from '../cookies/header-bag.js';
import type { RefreshedSession } from '../core/auth-kit-core.js';
import { toSession } from '../core/build-auth.js';
import type { SessionEncryption } from '../crypto/session-encryption.js';
import { decodeClaims } from '../jwt/claims.js';
import type { BasicSessionStorage } from '../session/basic-storage.js';
import type { SessionStorage } from '../session/storage.js';
import type {
  AuthenticationResponse,
  AuthorizationOptions,
  CustomClaims,
  Session,
  SignedInAuth,
} from '../types.js';
import {
  type ApiKeyCredentialSource,
  type ApiKeyValidation,
  ApiKeyValidator,
  type ValidateApiKeyOptions,
} from './api-keys.js';
import { authenticate } from './authenticate.js';
import { startAuthorization } from './authorization.js';
import { type CallbackParams, completeCallback } from './callback.js';
import {
  clearVerifierByName,
  clearVerifierCookies,
  pendingVerifierNames,
} from './pending-verifier.js';
import type {
  AuthorizationResult,
  CallbackResult,
  RequestSignOutOptions,
  RequestSignOutResult,
  SavedSession,
  SessionUpdate,
  SignOutResult,
  WithAuthOptions,
  WithAuthResult,
} from './results.js';
import { type AuthServiceOptions, LazyRuntime, type ServiceRuntime } from './runtime.js';
import { sealAuthentication } from './save-authentication.js';
import {
  type OrganizationSwitchResult,
  type SwitchToOrganizationOptions,
  switchToOrganization,
} from './switch-to-organization.js';

export type * from './results.js';

/**
 * The session API adapters call: Request in, data + header bag out. Initialises lazily (config
 * is read on first use) and follows later `configure()` calls.
 */
export class AuthService<TRequest, TResponse> {
  private readonly runtime: LazyRuntime<TRequest, TResponse>;
  private apiKeys: { workos: WorkOSRef; validator: ApiKeyValidator } | undefined;

  constructor(options: AuthServiceOptions<TRequest, TResponse>);
  /** 0.7.x's form: a config, the storage, the WorkOS client and the session encryption. */
  constructor(
    config: AuthKitConfig,
    storage: SessionStorage<TRequest, TResponse> | BasicSessionStorage<TRequest, TResponse>,
    client: WorkOS,
    encryption: SessionEncryption,
  );
  constructor(
    first: AuthServiceOptions<TRequest, TResponse> | AuthKitConfig,
    storage?: SessionStorage<TRequest, TResponse> | BasicSessionStorage<TRequest, TResponse>,
    client?: WorkOS,
    encryption?: SessionEncryption,
  ) {
    this.runtime = new LazyRuntime(
      storage && client
        ? {
            config: first as AuthKitConfig,
            sessionStorageFactory: () => storage,
            clientFactory: () => client,
            ...(encryption ? { encryption } : {}),
          }
        : (first as AuthServiceOptions<TRequest, TResponse>),
    );
  }

  /** The resolved config, core, operations, client and storage in use. */
  getRuntime(): ServiceRuntime<TRequest, TResponse> {
    return this.runtime.get();
  }

  /** The resolved configuration (throws `ConfigurationError` when incomplete). */
  getConfig(): ResolvedAuthKitConfig {
    return this.runtime.get().config;
  }

  /**
   * The WorkOS client this service uses. From `@workos/authkit-session/adapter`, which loads the
   * SDK on the first API call, it throws `UsageError` (`sdk_not_loaded`) until then: use
   * {@link loadWorkOS}.
   */
  getWorkOS(): WorkOS {
    return this.runtime.get().workos.now();
  }

  /** The WorkOS client this service uses, loading `@workos-inc/node` first if needed. */
  loadWorkOS(): Promise<WorkOS> {
    return this.runtime.get().workos.load();
  }

  /**
   * Authenticates a request: verifies the session cookie and refreshes it when needed.
   * Never throws for bad cookies or WorkOS outages (those read as signed out and reach
   * `onError`); throws `ConfigurationError` when the app is misconfigured. With
   * `{ refresh: false }` it never refreshes (see {@link WithAuthOptions.refresh}); with
   * `{ refreshBufferSeconds }` it refreshes ahead of expiry by that buffer for this call.
   */
  async withAuth<TCustomClaims = CustomClaims>(
    request: TRequest,
    options?: WithAuthOptions,
  ): Promise<WithAuthResult<TCustomClaims>> {
    return (await authenticate(
      this.runtime.get(),
      request,
      options,
    )) as WithAuthResult<TCustomClaims>;
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

  /**
   * Writes a session cookie (same attributes and chunking as the callback's). Given a sealed
   * session (e.g. `refreshedSessionData`) it writes it as is. Given the `AuthenticationResponse` of
   * a custom flow (the SDK's `authenticateWithPassword`, `authenticateWithMagicAuth`,
   * `authenticateWithEmailVerification`, …) it verifies the access token, seals the session and
   * also returns `auth` and `encryptedSession`; throws `TokenValidationError` or
   * `InvalidArgumentError` (see `sealAuthentication`).
   */
  saveSession(
    response: TResponse | undefined,
    sessionData: string,
    options?: { request?: TRequest },
  ): Promise<WriteResult<TResponse>>;
  saveSession(
    response: TResponse | undefined,
    authentication: AuthenticationResponse,
    options?: { request?: TRequest },
  ): Promise<SavedSession<TResponse>>;
  async saveSession(
    response: TResponse | undefined,
    data: string | AuthenticationResponse,
    options: { request?: TRequest } = {},
  ): Promise<WriteResult<TResponse> | SavedSession<TResponse>> {
    const { core, storage } = this.runtime.get();
    if (typeof data === 'string') return storage.saveSession(response, data, options);
    const { auth, encryptedSession } = await sealAuthentication(core, data);
    const write = await storage.saveSession(response, encryptedSession, options);
    return { ...write, auth, encryptedSession };
  }

  /** Deletes the session cookie (and its chunks). */
  clearSession(
    response: TResponse | undefined,
    options: { request?: TRequest } = {},
  ): Promise<WriteResult<TResponse>> {
    return this.runtime.get().storage.clearSession(response, options);
  }

  /**
   * The WorkOS session id (`sid`) of the session cookie on `request`, or `null`. The cookie must
   * unseal with the cookie password (so it is authentic), but the access token's expiry and
   * signature are NOT checked: use it to sign out a user whose token expired or could not be
   * refreshed during an outage, never to authorize anything.
   */
  async getSessionId(request: TRequest): Promise<string | null> {
    const session = await this.getSession(request);
    if (!session) return null;
    const claims = decodeClaims(session.accessToken);
    if (!claims || typeof claims.sid !== 'string' || claims.sid === '') return null;
    return claims.sub === session.user.id ? claims.sid : null;
  }

  /**
   * Signs out: the WorkOS logout URL plus headers that delete the session cookie.
   * `signOut(sessionId, options)` ends the given session; `signOut({ request, returnTo })` finds
   * the session id on the request itself (via {@link getSessionId}, so it also works when the token
   * expired or could not be refreshed) and answers `logoutUrl: null` when there is no session
   * (the cookie is cleared either way).
   */
  signOut(
    sessionId: string,
    options?: { returnTo?: string; response?: TResponse; request?: TRequest },
  ): Promise<SignOutResult<TResponse>>;
  signOut(
    options: RequestSignOutOptions<TRequest, TResponse>,
  ): Promise<RequestSignOutResult<TResponse>>;
  async signOut(
    target: string | RequestSignOutOptions<TRequest, TResponse>,
    options: { returnTo?: string; response?: TResponse; request?: TRequest } = {},
  ): Promise<SignOutResult<TResponse> | RequestSignOutResult<TResponse>> {
    const { operations, storage } = this.runtime.get();
    if (typeof target === 'string') {
      const logoutUrl = operations.getLogoutUrl(target, options);
      const write = await storage.clearSession(options.response, { request: options.request });
      return { ...write, logoutUrl };
    }
    const sessionId = await this.getSessionId(target.request);
    const logoutUrl = sessionId ? operations.getLogoutUrl(sessionId, target) : null;
    const write = await storage.clearSession(target.response, { request: target.request });
    return { ...write, logoutUrl, sessionId };
  }

  /**
   * Refreshes a session now (a `Session` or a signed-in `auth`). Throws `SessionRefreshError`
   * (`terminal` when it has ended).
   */
  async refreshSession(
    session: Session | SignedInAuth,
    organizationId?: string,
  ): Promise<SessionUpdate> {
    const { operations } = this.runtime.get();
    return this.toUpdate(await operations.refreshSession(toSession(session), organizationId));
  }

  /**
   * Moves a session (a `Session` or a signed-in `auth`) to another organization. Throws
   * `OrganizationSwitchError`: `terminal` when the session has ended (clear the cookie, sign in
   * again); also for an empty `organizationId`, before calling WorkOS.
   */
  async switchOrganization(
    session: Session | SignedInAuth,
    organizationId: string,
  ): Promise<SessionUpdate> {
    const { operations } = this.runtime.get();
    return this.toUpdate(await operations.switchOrganization(toSession(session), organizationId));
  }

  /**
   * {@link switchOrganization}, except that when the organization demands a fresh sign-in
   * (`sso_required`, `mfa_enrollment`, an AuthKit redirect) it answers
   * `{ kind: 'sign_in_required', url, ... }` with this app's own sign-in for that organization
   * instead of throwing. Success is `{ kind: 'switched', ... }`.
   */
  switchToOrganization(
    session: Session | SignedInAuth,
    organizationId: string,
    options?: SwitchToOrganizationOptions<TRequest, TResponse>,
  ): Promise<OrganizationSwitchResult<TResponse>> {
    return switchToOrganization(this, session, organizationId, options);
  }

  /**
   * Checks the `Authorization: Bearer` credential of an API request (pass the Fetch `Request`, its
   * `Headers`, or the header's value): a WorkOS API key is checked with WorkOS (valid answers are
   * reused for 30 s, so a revocation takes up to that long; invalid ones for 10 s); a JWT-shaped
   * value is verified as a machine-to-machine access token against the same key set as session
   * tokens (unless `{ m2m: false }`). Never throws for bad credentials (`valid: false`); throws
   * `ApiKeyValidationError` when WorkOS or its key set cannot be reached (answer 503).
   */
  validateApiKey(
    source: ApiKeyCredentialSource,
    options?: ValidateApiKeyOptions,
  ): Promise<ApiKeyValidation> {
    const { workos, config } = this.runtime.get();
    if (this.apiKeys?.workos !== workos) {
      this.apiKeys = { workos, validator: new ApiKeyValidator(workos, config) };
    }
    return this.apiKeys.validator.validate(source, options);
  }

  /** Builds a WorkOS sign-in URL and writes this flow's verifier cookie. */
  createAuthorization(
    response: TResponse | undefined,
    options: AuthorizationOptions<TRequest> = {},
  ): Promise<AuthorizationResult<TResponse>> {
    return startAuthorization(this.runtime.get(), response, options);
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
   * verifier. Pass WorkOS's `error` / `error_description` query parameters as `error` /
   * `errorDescription`: when `error` is set it throws `AuthCallbackError` (with `oauthError`,
   * `oauthErrorDescription`) before anything else. Throws `MissingAuthorizationCodeError`,
   * `OAuthStateMismatchError`, `PKCECookieMissingError` or `AuthCallbackError`; on EVERY error
   * call `clearPendingVerifier` (it writes nothing itself when it throws).
   */
  async handleCallback(
    request: TRequest,
    response: TResponse | undefined,
    params: CallbackParams,
  ): Promise<CallbackResult<TResponse>> {
    const runtime = this.runtime.get();
    const done = await completeCallback(runtime, request, params);
    const write = await runtime.storage.writeHeaders(response, done.headers);
    // Keys left out read as `undefined`, which is how 0.7.x typed `response`, `headers`, `state`.
    return {
      ...write,
      returnPathname: done.returnPathname,
      auth: done.refreshed.auth,
      authResponse: done.refreshed.authResponse,
      encryptedSession: done.refreshed.encryptedSession,
      ...(done.customState !== undefined ? { state: done.customState } : {}),
    } as CallbackResult<TResponse>;
  }

  /**
   * Deletes verifier cookies on error paths: the flow named by `state`, and every pending
   * verifier cookie on `request`.
   */
  async clearPendingVerifier(
    response: TResponse | undefined,
    options: { state?: string | null; request?: TRequest; redirectUri?: string } = {},
  ): Promise<WriteResult<TResponse>> {
    const runtime = this.runtime.get();
    const names = await pendingVerifierNames(runtime.storage, options);
    return clearVerifierCookies(runtime, response, names, options.redirectUri);
  }

  /**
   * Deletes one verifier cookie by name, e.g. a stale one found with
   * `selectStalePKCEVerifierCookieNames`. Pass the flow's `redirectUri` when it was overridden,
   * so `Secure` matches.
   */
  async clearPendingVerifierByName(
    response: TResponse | undefined,
    options: { cookieName: string; redirectUri?: string },
  ): Promise<WriteResult<TResponse>> {
    return clearVerifierByName(
      this.runtime.get(),
      response,
      options.cookieName,
      options.redirectUri,
    );
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
