/**
 * The exported types of the published 0.7.1, against ours: a value typed with 0.7.1's own
 * declarations is accepted where ours is expected (code passing it in), and a value of ours is
 * accepted where 0.7.1's type is expected (code receiving it). The core's typecheck fails when one
 * drifts; the test runs the same assignments on sample values.
 */
import type * as V071 from 'authkit-session-original';
import { describe, expect, it } from 'vitest';
import type * as Ours from '../index.js';

/** What 0.7.1 code hands to the core. */
interface Given {
  config: V071.AuthKitConfig;
  partialConfig: Partial<V071.AuthKitConfig>;
  source: V071.ValueSource;
  cookieOptions: V071.CookieOptions;
  urlOptions: V071.AuthUrlOptions;
  signInOptions: V071.GetAuthorizationUrlOptions;
  session: V071.Session;
  headers: V071.HeadersBag;
  claims: V071.CustomClaims;
  encryption: V071.SessionEncryption;
}

function intoOurs(given: Given) {
  const config: Ours.AuthKitConfig = given.config;
  const partialConfig: Partial<Ours.AuthKitConfig> = given.partialConfig;
  const source: Ours.ValueSource = given.source;
  const cookieOptions: Ours.CookieOptions = given.cookieOptions;
  const urlOptions: Ours.AuthUrlOptions = given.urlOptions;
  const signInOptions: Ours.GetAuthorizationUrlOptions = given.signInOptions;
  const session: Ours.Session = given.session;
  const headers: Ours.HeadersBag = given.headers;
  const claims: Ours.CustomClaims = given.claims;
  const encryption: Ours.SessionEncryption = given.encryption;
  return {
    config,
    partialConfig,
    source,
    cookieOptions,
    urlOptions,
    signInOptions,
    session,
    headers,
    claims,
    encryption,
  };
}

/** What the core hands back to 0.7.1 code. */
interface Received<TResponse> {
  auth: Ours.AuthResult<{ tenant: string }>;
  defaultAuth: Ours.AuthResult;
  session: Ours.Session;
  claims: Ours.BaseTokenClaims;
  started: Ours.CreateAuthorizationResult<TResponse>;
  headers: Ours.HeadersBag;
  config: Ours.ResolvedAuthKitConfig;
  storage: Ours.CookieSessionStorage<Request, TResponse>;
  encryption: Ours.SessionEncryption;
}

function intoV071<TResponse>(received: Received<TResponse>) {
  const auth: V071.AuthResult<{ tenant: string }> = received.auth;
  const defaultAuth: V071.AuthResult = received.defaultAuth;
  const session: V071.Session = received.session;
  const claims: V071.BaseTokenClaims = received.claims;
  const started: V071.CreateAuthorizationResult<TResponse> = received.started;
  const headers: V071.HeadersBag = received.headers;
  const config: V071.AuthKitConfig = received.config;
  const storage: V071.SessionStorage<Request, TResponse> = received.storage;
  const encryption: V071.SessionEncryption = received.encryption;
  return { auth, defaultAuth, session, claims, started, headers, config, storage, encryption };
}

describe("0.7.1's exported types", () => {
  it('values typed with 0.7.1 go into ours and ours come back out as 0.7.1 types', () => {
    const user = { id: 'user_1', email: 'a@example.com' } as V071.User;
    const session: V071.Session = { accessToken: 'a', refreshToken: 'r', user };
    const encryption: V071.SessionEncryption = {
      sealData: async () => 'sealed',
      unsealData: async <T>() => ({}) as T,
    };
    const given: Given = {
      config: {
        clientId: 'client_1',
        apiKey: 'sk_1',
        redirectUri: 'http://localhost:3000/callback',
        cookiePassword: 'x'.repeat(32),
        apiHttps: true,
        cookieMaxAge: 60,
        cookieName: 'wos-session',
      },
      partialConfig: { cookieSameSite: 'strict' },
      source: { WORKOS_CLIENT_ID: 'client_1' },
      cookieOptions: { path: '/', priority: 'high', partitioned: true },
      urlOptions: { returnPathname: '/x', prompt: 'login' },
      signInOptions: { screenHint: 'sign-up', maxAge: 60 },
      session,
      headers: { 'Set-Cookie': ['a=1', 'b=2'] },
      claims: { tenant: 't' },
      encryption,
    };
    expect(intoOurs(given)).toEqual(given);
    const claims = { sid: 's', sub: 'user_1', exp: 1, iat: 0, iss: 'i', tenant: 't' };
    const received = {
      auth: { user, sessionId: 's', accessToken: 'a', refreshToken: 'r', claims },
      defaultAuth: { user: null, reason: 'no_session' },
      session,
      claims,
      started: { url: 'https://example.com', cookieName: 'wos-auth-verifier-x', headers: {} },
      headers: {},
      config: {} as Ours.ResolvedAuthKitConfig,
      storage: {} as Ours.CookieSessionStorage<Request, Response>,
      encryption,
    } satisfies Received<Response>;
    expect(intoV071(received)).toEqual(received);
  });
});
