import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { sessionEncryption } from '../crypto/session-encryption.js';
import {
  AuthCallbackError,
  MissingAuthorizationCodeError,
  OAuthStateMismatchError,
  PKCECookieMissingError,
  PKCEPayloadTooLargeError,
} from '../errors.js';
import { createFlowId, type PendingSignIn, verifierCookieName } from '../pkce/flow.js';
import { emulatorService, TEST_PASSWORD } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { followToCallback, signIn, signInImpersonated } from '../test-support/sign-in.js';
import { mintTestSession } from '../testing/mint.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

async function startFlow(
  options: Parameters<ReturnType<typeof emulatorService>['createSignIn']>[1] = {},
) {
  const service = emulatorService(emulator);
  const started = await service.createSignIn(undefined, {
    loginHint: 'alice@example.com',
    ...options,
  });
  return {
    service,
    started,
    ...(await followToCallback(started)),
  };
}

describe('PKCE sign-in', () => {
  it('keeps the code verifier only in the per-flow HttpOnly cookie', async () => {
    const { started, state, cookies } = await startFlow();
    const [cookie] = parseSetCookie(started.headers);
    expect(cookie).toMatchObject({
      name: started.cookieName,
      httpOnly: true,
      maxAge: 600,
      sameSite: 'Lax',
      path: '/',
    });
    const flowId = state?.split('.')[0] ?? '';
    expect(started.cookieName).toBe(verifierCookieName(flowId));
    const pending = await sessionEncryption.unsealData<PendingSignIn>(cookie?.value ?? '', {
      password: TEST_PASSWORD,
    });
    expect(pending.state).toBe(state);
    expect(started.url).not.toContain(pending.codeVerifier);
    expect(new URL(started.url).searchParams.get('code_challenge_method')).toBe('S256');
    expect(cookies).toContain(started.cookieName);
  });

  it('refuses a leaked callback URL completed in another browser (no verifier cookie)', async () => {
    const { service, code, state } = await startFlow();
    const otherBrowser = await service.createSignIn(undefined, {});
    const request = requestWithCookies(
      'http://localhost:3000/callback',
      cookieHeaderFrom(otherBrowser.headers),
    );
    await expect(
      service.handleCallback(request, undefined, { code, state }),
    ).rejects.toBeInstanceOf(PKCECookieMissingError);
  });

  it('refuses a state whose nonce does not match the cookie', async () => {
    const { service, code, state, cookies } = await startFlow();
    const [flowId, nonce] = (state ?? '').split('.');
    const forged = `${flowId}.${nonce?.slice(0, -2)}${nonce?.endsWith('AA') ? 'BB' : 'AA'}`;
    const request = requestWithCookies('http://localhost:3000/callback', cookies);
    await expect(
      service.handleCallback(request, undefined, { code, state: forged }),
    ).rejects.toBeInstanceOf(OAuthStateMismatchError);
  });

  it('refuses a missing or foreign state, a missing code, and a tampered verifier cookie', async () => {
    const { service, code, state, cookies, started } = await startFlow();
    const request = requestWithCookies('http://localhost:3000/callback', cookies);
    await expect(
      service.handleCallback(request, undefined, { code, state: null }),
    ).rejects.toBeInstanceOf(OAuthStateMismatchError);
    await expect(
      service.handleCallback(request, undefined, { code, state: 'not-ours' }),
    ).rejects.toBeInstanceOf(OAuthStateMismatchError);
    await expect(
      service.handleCallback(request, undefined, { code: null, state }),
    ).rejects.toBeInstanceOf(MissingAuthorizationCodeError);
    const tampered = requestWithCookies(
      'http://localhost:3000/callback',
      `${started.cookieName}=Fe26.2*1*garbage`,
    );
    await expect(
      service.handleCallback(tampered, undefined, { code, state }),
    ).rejects.toBeInstanceOf(OAuthStateMismatchError);
  });

  it('maps a rejected (reused) code to AuthCallbackError', async () => {
    const { service, code, state, cookies } = await startFlow();
    const request = () => requestWithCookies('http://localhost:3000/callback', cookies);
    await service.handleCallback(request(), undefined, { code, state });
    const error = await service
      .handleCallback(request(), undefined, { code, state })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthCallbackError);
    expect(error.code).toBe('auth_callback_failed');
  });

  it('returns custom state and a sanitised return path', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service, {
      state: 'app:42 ✓',
      returnPathname: '//evil.example.com/x',
    });
    expect(result.state).toBe('app:42 ✓');
    expect(result.returnPathname).toBe('/');
    const kept = await signIn(service, { returnPathname: '/orders?id=7#top' });
    expect(kept.result.returnPathname).toBe('/orders?id=7#top');
    expect(kept.result.state).toBeUndefined();
  });

  it('rejects an oversized custom state', async () => {
    const service = emulatorService(emulator);
    await expect(
      service.createSignIn(undefined, { state: 'x'.repeat(3000) }),
    ).rejects.toBeInstanceOf(PKCEPayloadTooLargeError);
  });

  it('passes sign-up, organization and hints to the authorize URL', async () => {
    const service = emulatorService(emulator);
    const { url } = await service.createSignUp(undefined, {
      organizationId: 'org_1',
      loginHint: 'a@b.c',
      domainHint: 'b.c',
      prompt: 'login',
    });
    const params = new URL(url).searchParams;
    expect(params.get('screen_hint')).toBe('sign-up');
    expect(params.get('organization_id')).toBe('org_1');
    expect(params.get('login_hint')).toBe('a@b.c');
    expect(params.get('domain_hint')).toBe('b.c');
    expect(params.get('prompt')).toBe('login');
    expect(params.get('provider')).toBe('authkit');
    expect(params.get('redirect_uri')).toBe('http://localhost:3000/callback');
  });

  it('caps pending verifier cookies at four, clearing the oldest', async () => {
    const service = emulatorService(emulator);
    const old = [0, 1, 2, 3, 4, 5].map((i) =>
      verifierCookieName(createFlowId(Date.now() - (10 - i) * 1000)),
    );
    const header = [...old, 'wos-auth-verifier=legacy']
      .map((name) => (name.includes('=') ? name : `${name}=x`))
      .join('; ');
    const request = requestWithCookies('http://localhost:3000/login', header);
    const { headers, cookieName } = await service.createSignIn(undefined, { request });
    const cleared = parseSetCookie(headers)
      .filter((c) => c.cleared)
      .map((c) => c.name);
    expect(cleared).toEqual(['wos-auth-verifier', old[0], old[1], old[2]]);
    const remaining = [...old.slice(3), cookieName];
    expect(remaining).toHaveLength(4);
  });

  it('clearPendingVerifier clears the flow named by state and every pending cookie on the request', async () => {
    const service = emulatorService(emulator);
    const { state, started } = await startFlow();
    const other = verifierCookieName(createFlowId());
    const request = requestWithCookies(
      'http://localhost:3000/callback',
      `${other}=x; wos-session=y`,
    );
    const { headers } = await service.clearPendingVerifier(undefined, { state, request });
    const cleared = parseSetCookie(headers);
    expect(cleared.every((c) => c.cleared && c.path === '/')).toBe(true);
    expect(cleared.map((c) => c.name).sort()).toEqual([started.cookieName, other].sort());
  });
});

describe('clearPendingVerifierByName', () => {
  it('deletes exactly the named verifier cookie with the verifier attributes', async () => {
    const service = emulatorService(emulator);
    const name = verifierCookieName(createFlowId());
    const { headers } = await service.clearPendingVerifierByName(undefined, {
      cookieName: name,
      redirectUri: 'https://app.example.com/callback',
    });
    const [cleared, ...rest] = parseSetCookie(headers);
    expect(rest).toEqual([]);
    expect(cleared).toMatchObject({ name, cleared: true, path: '/', secure: true, httpOnly: true });
    const plain = await service.clearPendingVerifierByName(undefined, { cookieName: name });
    expect(parseSetCookie(plain.headers)[0]?.secure).toBe(false);
  });
});

describe('impersonation', () => {
  it('carries the impersonator into the session and the auth result', async () => {
    const service = emulatorService(emulator);
    const { auth, headers } = await signInImpersonated(service, emulator);
    expect(auth.user.email).toBe('bob@example.com');
    expect(auth.impersonator).toEqual({ email: 'support@example.com', reason: 'ticket 42' });
    expect(auth.claims.act?.sub).toBe('support@example.com');
    const again = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeaderFrom(headers)),
    );
    expect(again.auth.user ? again.auth.impersonator?.email : null).toBe('support@example.com');
  });

  it("shows the impersonator from the token's signed act claim even when the session lost it", async () => {
    const service = emulatorService(emulator);
    const { core } = service.getRuntime();
    const signedIn = await signInImpersonated(service, emulator);
    // As after a refresh answer without `impersonator`: the token still carries `act`.
    const { impersonator: _lost, ...session } = await core.decryptSession(
      signedIn.encryptedSession,
    );
    const sealed = await core.encryptSession(session);
    const { auth } = await service.withAuth(
      requestWithCookies('http://localhost:3000/', `wos-session=${sealed}`),
    );
    expect(auth.user ? auth.impersonator : 'signed out').toEqual({
      email: 'support@example.com',
      reason: null,
    });
    // A stored impersonator the token does not back is not shown.
    const plain = await mintTestSession({
      emulator,
      user: 'bob@example.com',
      cookiePassword: TEST_PASSWORD,
    });
    const forged = await core.encryptSession({
      ...(await core.decryptSession(plain.cookieValue)),
      impersonator: { email: 'support@example.com', reason: 'stale' },
    });
    const second = await service.withAuth(
      requestWithCookies('http://localhost:3000/', `wos-session=${forged}`),
    );
    expect(second.auth.user ? second.auth.impersonator : 'signed out').toBeUndefined();
  });
});

describe('organization switch', () => {
  it('moves the session to another organization the user belongs to', async () => {
    const service = emulatorService(emulator);
    const { result, cookieHeader } = await signIn(service);
    const session = await service.getSession(
      requestWithCookies('http://localhost:3000/', cookieHeader),
    );
    expect(session).not.toBeNull();
    const current = result.auth.organizationId;
    const target =
      current === 'org_01GLOBEX000000000000000000'
        ? 'org_01ACME00000000000000000000'
        : 'org_01GLOBEX000000000000000000';
    const switched = await service.switchOrganization(session!, target);
    expect(switched.auth.organizationId).toBe(target);
    expect(switched.auth.sessionId).toBe(result.auth.sessionId);
    expect(parseSetCookie(switched.headers)[0]?.value).toBe(switched.encryptedSession);
  });

  it('throws OrganizationSwitchError for an organization the user is not in', async () => {
    const service = emulatorService(emulator);
    const { cookieHeader } = await signIn(service, { loginHint: 'bob@example.com' });
    const session = await service.getSession(
      requestWithCookies('http://localhost:3000/', cookieHeader),
    );
    const error = await service
      .switchOrganization(session!, 'org_01GLOBEX000000000000000000')
      .catch((e) => e);
    expect(error.code).toBe('organization_switch_failed');
    expect(error.message).toContain('not a member');
  });
});
