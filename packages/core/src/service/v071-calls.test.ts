/**
 * Code written for the published `@workos/authkit-session` 0.7.1, run against ours.
 *
 * Every public function and method of 0.7.1's `dist/index.d.ts` is called here the way 0.7.1
 * declares it, importing only from our main entry, and every result is stored in a variable of
 * the type 0.7.1 declares (`V071.*`, the genuine package's own declarations). The core's
 * typecheck (`tsc` over `src/`, part of `npm test`) fails when a call shape or result type
 * drifts; the tests run the same calls against the emulator with the real SDK.
 */
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import type * as V071 from 'authkit-session-original';
import { describe, expect, it } from 'vitest';
import {
  AuthKitCore,
  AuthKitError,
  AuthOperations,
  AuthService,
  ConfigurationProvider,
  CookieSessionStorage,
  configure,
  createAuthService,
  DEFAULT_MAX_PENDING_PKCE_COOKIES,
  getConfig,
  getConfigurationProvider,
  getPKCECookieNameForState,
  getWorkOS,
  isPKCEVerifierCookieName,
  OAuthStateMismatchError,
  PKCE_COOKIE_PREFIX,
  PKCECookieMissingError,
  PKCEPayloadTooLargeError,
  SessionEncryptionError,
  type SessionStorage,
  selectStalePKCEVerifierCookieNames,
  sessionEncryption,
  TokenRefreshError,
  TokenValidationError,
  type ValueSource,
  validateConfig,
  type WorkOS,
} from '../index.js';
import { emulatorConfig, TEST_PASSWORD } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { cookieHeaderFrom } from '../testing/set-cookie.js';

const emulator = useTestEmulator();
const HOME = 'http://localhost:3000/';

/** A 0.7.1 class as code sees it: its public members (classes with private members are nominal). */
type Public<T> = Pick<T, keyof T>;

/** A storage subclass as written for 0.7.1: one `Set-Cookie` string per `applyHeaders` call. */
class StorageFor071 extends CookieSessionStorage<Request, Response> {
  readonly applied: V071.HeadersBag[] = [];

  constructor(config: V071.AuthKitConfig) {
    super(config);
    this.cookieName = config.cookieName; // 0.7.1's protected, writable field
  }

  async getCookie(request: Request, name: string): Promise<string | null> {
    return readCookieFrom(request, name);
  }

  protected override async applyHeaders(
    response: Response | undefined,
    headers: V071.HeadersBag,
    // biome-ignore lint/suspicious/noConfusingVoidType: 0.7.1's declared return type, kept verbatim
  ): Promise<{ response: Response } | void> {
    this.applied.push(headers);
    if (!response) return;
    const next = new Response(response.body, response);
    for (const [key, value] of Object.entries(headers)) {
      next.headers.append(key, Array.isArray(value) ? value.join(', ') : value); // 0.7.1-era code
    }
    return { response: next };
  }

  /** 0.7.1's protected members, used the way a subclass may use them. */
  describeCookie(): string {
    const options: V071.CookieOptions = this.cookieOptions;
    const line: string = this.serializeCookie(this.cookieName, 'x', options, { expired: true });
    return line;
  }
}

/** A storage implementing 0.7.1's `SessionStorage` interface itself (no base class, headers only). */
class InterfaceStorageFor071 implements V071.SessionStorage<Request, Response> {
  readonly calls: string[] = [];

  async getCookie(request: Request, name: string): Promise<string | null> {
    return readCookieFrom(request, name);
  }

  async setCookie(
    _response: Response | undefined,
    name: string,
    value: string,
    options: V071.CookieOptions,
  ): Promise<{ response?: Response; headers?: V071.HeadersBag }> {
    this.calls.push(`set ${name}`);
    const line = `${name}=${encodeURIComponent(value)}; Path=${options.path ?? '/'}; HttpOnly`;
    return { headers: { 'Set-Cookie': line } };
  }

  async clearCookie(
    _response: Response | undefined,
    name: string,
    options: V071.CookieOptions,
  ): Promise<{ response?: Response; headers?: V071.HeadersBag }> {
    this.calls.push(`clear ${name}`);
    return { headers: { 'Set-Cookie': `${name}=; Path=${options.path ?? '/'}; Max-Age=0` } };
  }

  getSession(request: Request): Promise<string | null> {
    return this.getCookie(request, 'wos-session');
  }

  saveSession(response: Response | undefined, sessionData: string) {
    return this.setCookie(response, 'wos-session', sessionData, { path: '/' });
  }

  clearSession(response: Response | undefined) {
    return this.clearCookie(response, 'wos-session', { path: '/' });
  }
}

function readCookieFrom(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** `configure()` as 0.7.1 documents it: every key present, the emulator's API as the host. */
function configureFor071(): V071.AuthKitConfig {
  const config = emulatorConfig(emulator);
  const full: V071.AuthKitConfig = {
    clientId: config.clientId as string,
    apiKey: config.apiKey as string,
    redirectUri: config.redirectUri as string,
    cookiePassword: TEST_PASSWORD,
    apiHostname: config.apiHostname as string,
    apiHttps: false,
    apiPort: config.apiPort as number,
    cookieMaxAge: 60 * 60,
    cookieName: 'wos-session',
    cookieSameSite: 'lax',
  };
  configure(full);
  return full;
}

/** A 0.7.1 sign-in: createSignIn → the hosted page → handleCallback(request, response, ...). */
async function signInWith071Calls(service: Public<V071.AuthService<Request, Response>>) {
  const started: V071.CreateAuthorizationResult<Response> = await service.createSignIn(
    new Response(null, { status: 302 }),
    { returnPathname: '/account', loginHint: 'alice@example.com' },
  );
  const redirect = await fetch(started.url, { redirect: 'manual' });
  const location = new URL(redirect.headers.get('location') ?? '');
  const callback = await service.handleCallback(
    requestWithCookies(location.toString(), cookieHeaderFrom(started.response)),
    new Response(null, { status: 302 }),
    {
      code: location.searchParams.get('code') ?? '',
      state: location.searchParams.get('state') ?? undefined,
    },
  );
  return { started, callback };
}

describe('0.7.1 code on our core', () => {
  it('configuration functions and ConfigurationProvider', () => {
    const config = configureFor071();
    const reader: V071.ValueSource = (key: string) => (key === 'WORKOS_NOTHING' ? '1' : undefined);
    const record: V071.ValueSource = {
      WORKOS_COOKIE_NAME: 'wos-session',
      WORKOS_COOKIE_MAX_AGE: 7200,
    };
    const asOurs: ValueSource[] = [reader, record];
    expect(asOurs).toHaveLength(2);
    configure(reader);
    configure(config, record);
    expect([getConfig('cookieName'), getConfig('cookieMaxAge')]).toEqual(['wos-session', 7200]);
    configure(config, reader);
    const clientId: V071.AuthKitConfig['clientId'] = getConfig('clientId');
    expect(clientId).toBe(emulator.clientId);
    const provider: Public<V071.ConfigurationProvider> = getConfigurationProvider();
    const redirectUri: string = provider.getValue('redirectUri');
    expect(redirectUri).toBe(config.redirectUri);
    const whole: V071.AuthKitConfig = provider.getConfig();
    expect(whole.cookieName).toBe('wos-session');
    expect(() => provider.validate()).not.toThrow();
    const validate: typeof V071.validateConfig = validateConfig; // 0.7.1: () => void
    expect(() => validate()).not.toThrow();
    const other = new ConfigurationProvider();
    other.setValueSource({
      WORKOS_CLIENT_ID: 'client_other',
      WORKOS_API_KEY: 'sk_test_other',
      WORKOS_COOKIE_PASSWORD: TEST_PASSWORD,
    });
    other.configure({ redirectUri: 'http://localhost:4000/callback' });
    expect(other.getValue('clientId')).toBe('client_other');
    const client: WorkOS = getWorkOS();
    expect(typeof client.userManagement.getAuthorizationUrl).toBe('function');
  });

  it('PKCE cookie names and eviction', () => {
    const prefix: 'wos-auth-verifier' = PKCE_COOKIE_PREFIX;
    const max: number = DEFAULT_MAX_PENDING_PKCE_COOKIES;
    const name: string = getPKCECookieNameForState('some-state');
    expect(name.startsWith(`${prefix}-`)).toBe(true);
    const isVerifier: boolean = isPKCEVerifierCookieName(name);
    expect(isVerifier).toBe(true);
    const names = new Set([`${prefix}-a`, `${prefix}-b`, `${prefix}-c`, 'other']);
    const stale: string[] = selectStalePKCEVerifierCookieNames(names, {
      keep: `${prefix}-c`,
      max: 2,
    });
    expect(stale).toEqual([`${prefix}-a`]);
    expect(selectStalePKCEVerifierCookieNames(names, { keep: `${prefix}-c` }).length).toBeLessThan(
      max,
    );
  });

  it('sessionEncryption seals and unseals with 0.7.1 options', async () => {
    const encryption: V071.SessionEncryption = sessionEncryption;
    const sealed: string = await encryption.sealData({ a: 1 }, { password: TEST_PASSWORD, ttl: 0 });
    const opened = await encryption.unsealData<{ a: number }>(sealed, { password: TEST_PASSWORD });
    expect(opened.a).toBe(1);
  });

  it('error classes: 0.7.1 constructors, instanceof and fields', () => {
    const cause = new Error('underneath');
    const errors: V071.AuthKitError[] = [
      new AuthKitError('base', cause, { detail: 1 }),
      new SessionEncryptionError('seal', cause),
      new TokenValidationError('token', cause),
      new OAuthStateMismatchError('state', cause),
      new PKCECookieMissingError('cookie', cause),
      new PKCEPayloadTooLargeError('payload', cause),
      new TokenRefreshError('refresh', cause, { userId: 'user_1', sessionId: 'session_1' }),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(AuthKitError);
      expect(error).toBeInstanceOf(Error);
      expect(error.cause).toBe(cause);
    }
    expect(errors[0]?.data).toEqual({ detail: 1 });
    const refresh: V071.TokenRefreshError = errors[6] as TokenRefreshError;
    expect([refresh.userId, refresh.sessionId]).toEqual(['user_1', 'session_1']);
    expect(refresh).toBeInstanceOf(TokenRefreshError);
  });

  it('createAuthService and every AuthService method', async () => {
    configureFor071();
    let storage: StorageFor071 | undefined;
    const service: Public<V071.AuthService<Request, Response>> = createAuthService<
      Request,
      Response
    >({
      sessionStorageFactory: (config: V071.AuthKitConfig) => (storage = new StorageFor071(config)),
      clientFactory: (_config: V071.AuthKitConfig): WorkOS => getWorkOS(),
      encryptionFactory: (_config: V071.AuthKitConfig): V071.SessionEncryption => sessionEncryption,
    });
    const { started, callback } = await signInWith071Calls(service);
    expect(started.cookieName.startsWith(PKCE_COOKIE_PREFIX)).toBe(true);
    const returnPathname: string = callback.returnPathname;
    expect(returnPathname).toBe('/account');
    const authResponse: V071.AuthenticationResponse = callback.authResponse;
    expect(authResponse.user.email).toBe('alice@example.com');
    // One Set-Cookie string per applyHeaders call, so the comma join above never merged cookies.
    for (const bag of storage?.applied ?? []) {
      const setCookie = Object.entries(bag).find(([key]) => key.toLowerCase() === 'set-cookie');
      if (setCookie) expect(typeof setCookie[1]).toBe('string');
    }
    expect(storage?.describeCookie()).toMatch(/^wos-session=;.*Max-Age=0/i);

    const cookie = cookieHeaderFrom(callback.response);
    const { auth, refreshedSessionData } = await service.withAuth<{ sid: string }>(
      requestWithCookies(HOME, cookie),
    );
    const typed: V071.AuthResult<{ sid: string }> = auth;
    expect(refreshedSessionData).toBeUndefined();
    if (!typed.user) throw new Error('expected a signed-in result');
    expect(typed.claims.sid).toBe(typed.sessionId);

    const session: V071.Session | null = await service.getSession(requestWithCookies(HOME, cookie));
    if (!session) throw new Error('expected a session');
    const target =
      typed.organizationId === 'org_01GLOBEX000000000000000000'
        ? 'org_01ACME00000000000000000000'
        : 'org_01GLOBEX000000000000000000';
    const switched: { auth: V071.AuthResult; encryptedSession: string } =
      await service.switchOrganization(session, target);
    expect(switched.auth.user ? switched.auth.organizationId : null).toBe(target);

    const saved: { response?: Response; headers?: V071.HeadersBag } = await service.saveSession(
      new Response(null),
      switched.encryptedSession,
    );
    const savedCookie = cookieHeaderFrom(saved.response);
    const read = await service.withAuth(requestWithCookies(HOME, savedCookie));
    expect(read.auth.user ? read.auth.organizationId : null).toBe(target);
    const switchedSession = await service.getSession(requestWithCookies(HOME, savedCookie));
    if (!switchedSession) throw new Error('expected the switched session');
    const refreshed: { auth: V071.AuthResult; encryptedSession: string } =
      await service.refreshSession(switchedSession);
    expect(refreshed.auth.user?.id).toBe(typed.user.id);
    expect(refreshed.encryptedSession).not.toBe(switched.encryptedSession);

    const signUp: V071.CreateAuthorizationResult<Response> = await service.createSignUp(undefined, {
      returnPathname: '/welcome',
    });
    expect(new URL(signUp.url).searchParams.get('screen_hint')).toBe('sign-up');
    const any: V071.CreateAuthorizationResult<Response> = await service.createAuthorization(
      undefined,
      { screenHint: 'sign-in', prompt: 'login', organizationId: target },
    );
    expect(new URL(any.url).searchParams.get('organization_id')).toBe(target);
    const byState: { response?: Response; headers?: V071.HeadersBag } =
      await service.clearPendingVerifier(undefined, {
        state: new URL(any.url).searchParams.get('state') ?? '',
      });
    expect(JSON.stringify(byState.headers)).toContain(any.cookieName);
    const byName: { response?: Response; headers?: V071.HeadersBag } =
      await service.clearPendingVerifierByName(undefined, { cookieName: signUp.cookieName });
    expect(JSON.stringify(byName.headers)).toContain(signUp.cookieName);
    // As 0.7.1 refuses it: never clears a cookie that is not a verifier's (here: the session).
    await expect(
      service.clearPendingVerifierByName(undefined, { cookieName: 'wos-session' }),
    ).rejects.toBeInstanceOf(AuthKitError);

    const client: WorkOS = service.getWorkOS();
    expect(typeof client.userManagement.getLogoutUrl).toBe('function');
    const signedOut: { logoutUrl: string; response?: Response; headers?: V071.HeadersBag } =
      await service.signOut(typed.sessionId, { returnTo: 'http://localhost:3000/' });
    expect(new URL(signedOut.logoutUrl).searchParams.get('session_id')).toBe(typed.sessionId);
    const cleared: { response?: Response; headers?: V071.HeadersBag } = await service.clearSession(
      new Response(null),
    );
    expect(cookieHeaderFrom(cleared.response, savedCookie)).not.toContain('wos-session=');
  });

  it("a storage implementing 0.7.1's SessionStorage interface itself signs in, refreshes and signs out", async () => {
    configureFor071();
    const storage = new InterfaceStorageFor071();
    const service = createAuthService<Request, Response>({
      sessionStorageFactory: (): V071.SessionStorage<Request, Response> => storage,
    });
    const { started, result, cookieHeader } = await signIn(service);
    expect(result.auth.user.email).toBe('alice@example.com');
    expect(storage.calls).toEqual([
      `set ${started.cookieName}`,
      'set wos-session',
      `clear ${started.cookieName}`,
    ]);
    const session = await service.getSession(requestWithCookies(HOME, cookieHeader));
    if (!session) throw new Error('expected a session');
    const refreshed = await service.refreshSession(session);
    expect(refreshed.auth.user.id).toBe(result.auth.user.id);
    const cleared = await service.clearSession(undefined);
    expect(cookieHeaderFrom(cleared.headers, cookieHeader)).not.toContain('wos-session=');
    expect(storage.calls.slice(3)).toContain('clear wos-session');
  });

  it('new AuthService, AuthKitCore and AuthOperations with 0.7.1 constructor arguments', async () => {
    const config = configureFor071();
    const client = getWorkOS();
    const storage: SessionStorage<Request, Response, unknown> = new StorageFor071(config);
    const service: Public<V071.AuthService<Request, Response>> = new AuthService<Request, Response>(
      config,
      storage,
      client,
      sessionEncryption,
    );
    const { callback } = await signInWith071Calls(service);
    const cookie = cookieHeaderFrom(callback.response);
    const session = await service.getSession(requestWithCookies(HOME, cookie));
    if (!session) throw new Error('expected a session');

    const ourCore = new AuthKitCore(config, client, sessionEncryption);
    const core: Public<V071.AuthKitCore> = ourCore;
    const verified: boolean = await core.verifyToken(session.accessToken);
    expect(verified).toBe(true);
    const expiring: boolean = core.isTokenExpiring(session.accessToken, 5);
    expect(expiring).toBe(false);
    const claims: V071.BaseTokenClaims & { sid: string } = core.parseTokenClaims<{ sid: string }>(
      session.accessToken,
    );
    const sealed: string = await core.encryptSession(session);
    const opened: V071.Session = await core.decryptSession(sealed);
    expect(opened.user.id).toBe(session.user.id);
    const validated: {
      valid: boolean;
      refreshed: boolean;
      session: V071.Session;
      claims: V071.BaseTokenClaims & V071.CustomClaims;
    } = await core.validateAndRefresh(session);
    expect([validated.valid, validated.refreshed]).toEqual([true, false]);
    const forced = await core.validateAndRefresh(session, { force: true });
    expect(forced.refreshed).toBe(true);
    const tokens: { accessToken: string; refreshToken: string; user: V071.User } =
      await core.refreshTokens(forced.session.refreshToken, undefined, {
        userId: session.user.id,
        sessionId: claims.sid,
      });
    expect(tokens.user.id).toBe(session.user.id);

    const operations = new AuthOperations(ourCore, client, config, sessionEncryption);
    const typedOperations: Public<V071.AuthOperations> = operations;
    const logoutUrl: string = typedOperations.getLogoutUrl(claims.sid, { returnTo: '/' });
    expect(new URL(logoutUrl).searchParams.get('session_id')).toBe(claims.sid);
    const fresh = await core.decryptSession(await core.encryptSession({ ...session, ...tokens }));
    const refreshed: { auth: V071.AuthResult; encryptedSession: string } =
      await typedOperations.refreshSession(fresh);
    expect(refreshed.auth.user?.id).toBe(session.user.id);
    for (const started of [
      await typedOperations.createAuthorization({ screenHint: 'sign-up' }),
      await typedOperations.createSignIn({ returnPathname: '/x' }),
      await typedOperations.createSignUp({ loginHint: 'alice@example.com' }),
    ]) {
      const url: string = started.url;
      expect(new URL(url).searchParams.get('client_id')).toBe(config.clientId);
    }

    const state = new URL((await service.createSignIn(undefined)).url).searchParams.get('state');
    await expect(
      core.verifyCallbackState({ stateFromUrl: state ?? undefined, cookieValue: 'tampered' }),
    ).rejects.toBeInstanceOf(AuthKitError);
  });
});
