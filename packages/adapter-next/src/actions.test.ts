import { seeded } from '@authkit-internal/conformance';
import { defaultIds, defaultSeed } from '@workos/authkit-emulator';
import { NextResponse } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkSessionAction,
  getAccessTokenAction,
  getAuthAction,
  getOrganizationAction,
  handleSignOutAction,
  refreshAccessTokenAction,
  refreshAuthAction,
  switchToOrganizationAction,
} from './actions.js';
import { configuredEmulator, createFixtureApp } from './test-support/fixture-app.js';
import { createRouteRunner } from './test-support/next-route.js';
import { signIn } from './test-support/sign-in.js';

// The server actions (the anchor's `actions` module) behind the React layer, run through Next's own request handling (cookies writable,
// as in a server action) with the real SDK talking to the emulator.
const origin = 'http://localhost:3000';
const emulator = configuredEmulator(origin);
const app = createFixtureApp({ middlewareAuth: { enabled: false } });

/** Runs `action` in a request carrying `cookie`; answers its result and the Set-Cookie lines. */
async function run(action: () => Promise<unknown>, cookie = '') {
  const runner = createRouteRunner('/action', {
    post: async () => NextResponse.json({ result: (await action()) ?? null }),
  });
  const response = await runner(
    new Request(`${origin}/action`, { method: 'POST', headers: { cookie } }),
  );
  const { result } = (await response.json()) as {
    result: Record<string, unknown> | boolean | null;
  };
  return { result, setCookie: response.headers.getSetCookie() };
}

async function session(): Promise<string> {
  const browser = await signIn(app, emulator, origin);
  return `wos-session=${browser.jar.get('wos-session')}`;
}

describe('the server actions', () => {
  it('getAuthAction: the auth without tokens; signed out with ensureSignedIn, a sign-in URL and its verifier cookie', async () => {
    const { result } = await run(() => getAuthAction(), await session());
    expect(result).toMatchObject({
      user: { email: 'alice@example.com' },
      organizationId: seeded.acme,
    });
    expect(JSON.stringify(result)).not.toMatch(/accessToken|refreshToken|claims/);

    expect((await run(() => getAuthAction())).result).toEqual({ user: null });
    const guarded = await run(() =>
      getAuthAction({ ensureSignedIn: true, returnPathname: '/dashboard' }),
    );
    const url = new URL(String((guarded.result as { signInUrl: string }).signInUrl));
    expect(url.pathname).toBe('/user_management/authorize');
    expect(guarded.setCookie.some((line) => line.startsWith('wos-auth-verifier-'))).toBe(true);
  });

  it('refreshAuthAction moves the session to another organization and saves it', async () => {
    const cookie = await session();
    const moved = await run(() => refreshAuthAction({ organizationId: seeded.globex }), cookie);
    expect(moved.result).toMatchObject({ organizationId: seeded.globex, role: 'member' });
    expect(moved.setCookie.some((line) => line.startsWith('wos-session='))).toBe(true);
    const signedOut = await run(() => refreshAuthAction({ ensureSignedIn: true }));
    expect(signedOut.result).toMatchObject({ user: null, signInUrl: expect.any(String) });
  });

  it('switchToOrganizationAction switches, and answers { error } for a refused or missing organization', async () => {
    const cookie = await session();
    expect(
      (await run(() => switchToOrganizationAction(seeded.globex), cookie)).result,
    ).toMatchObject({
      organizationId: seeded.globex,
    });
    const refused = await run(
      () => switchToOrganizationAction('org_01NOTAMEMBER0000000000000'),
      cookie,
    );
    expect(refused.result).toEqual({ error: expect.any(String) });
    expect((await run(() => switchToOrganizationAction(42), cookie)).result).toEqual({
      error: 'switchToOrganization() needs an organization id.',
    });
  });

  it('checkSessionAction and getOrganizationAction (the session’s own organization only)', async () => {
    const cookie = await session();
    expect((await run(() => checkSessionAction(), cookie)).result).toBe(true);
    expect((await run(() => checkSessionAction())).result).toBe(false);
    expect((await run(() => getOrganizationAction(seeded.acme), cookie)).result).toEqual({
      id: seeded.acme,
      name: 'Acme',
    });
    expect((await run(() => getOrganizationAction(seeded.globex), cookie)).result).toBeNull();
    expect((await run(() => getOrganizationAction(seeded.acme))).result).toBeNull();
  });

  it('getAccessTokenAction and refreshAccessTokenAction: the access token only; signed out, none', async () => {
    const cookie = await session();
    const token = (await run(() => getAccessTokenAction(), cookie)).result;
    expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await run(() => getAccessTokenAction())).result).toBeNull();
    const refreshed = await run(() => refreshAccessTokenAction(), cookie);
    const fresh = (refreshed.result as { accessToken: string }).accessToken;
    expect(refreshed.result).toEqual({ accessToken: expect.stringMatching(/^eyJ/) });
    expect(fresh).not.toBe(token);
    expect(refreshed.setCookie.some((line) => line.startsWith('wos-session='))).toBe(true);
    expect((await run(() => refreshAccessTokenAction())).result).toEqual({});
  });

  it('handleSignOutAction clears the cookie and answers the WorkOS logout URL (signed out: returnTo)', async () => {
    const cookie = await session();
    const out = await run(() => handleSignOutAction({ returnTo: '/bye' }), cookie);
    const url = new URL(String(out.result));
    expect(url.origin).toBe(emulator.url);
    expect(url.pathname).toBe('/user_management/sessions/logout');
    expect(url.searchParams.get('return_to')).toBe(`${origin}/bye`);
    expect(out.setCookie.some((line) => /^wos-session=;/.test(line))).toBe(true);
    expect((await run(() => handleSignOutAction({ returnTo: '/bye' }))).result).toBe(
      `${origin}/bye`,
    );
  });

  it('switchToOrganizationAction signed out answers a sign-in coming back to returnTo', async () => {
    const out = await run(() => switchToOrganizationAction(seeded.globex, { returnTo: '/hooks' }));
    const url = new URL(String((out.result as { signInUrl: string }).signInUrl));
    expect(out.result).toMatchObject({ user: null });
    expect(url.pathname).toBe('/user_management/authorize');
    expect(out.setCookie.some((line) => line.startsWith('wos-auth-verifier-'))).toBe(true);
  });
});

describe('switchToOrganizationAction to an organization that demands a new sign-in', () => {
  afterAll(() => emulator.reset(defaultSeed));

  it('answers that sign-in (organization and login hint) instead of switching; the session is kept', async () => {
    const organizations = (defaultSeed.organizations ?? []).map((org) =>
      org.id === defaultIds.globex ? { ...org, ssoConnectionIds: ['conn_01GLOBEXSSO'] } : org,
    );
    emulator.reset({ ...defaultSeed, organizations });
    const cookie = await session();
    const out = await run(
      () => switchToOrganizationAction(defaultIds.globex, { returnTo: '/hooks' }),
      cookie,
    );
    expect(out.result).toMatchObject({ user: null });
    const url = new URL(String((out.result as { signInUrl: string }).signInUrl));
    expect(url.origin).toBe(emulator.url);
    expect(url.pathname).toBe('/user_management/authorize');
    expect(url.searchParams.get('organization_id')).toBe(defaultIds.globex);
    expect(url.searchParams.get('login_hint')).toBe('alice@example.com');
    expect(out.setCookie.some((line) => line.startsWith('wos-auth-verifier-'))).toBe(true);
    expect(out.setCookie.some((line) => line.startsWith('wos-session='))).toBe(false);
  });
});
