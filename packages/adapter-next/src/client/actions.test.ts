import { seeded } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { NextResponse } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureForEmulator, createFixtureApp } from '../test-support/fixture-app.js';
import { createRouteRunner } from '../test-support/next-route.js';
import { signIn } from '../test-support/sign-in.js';
import {
  checkSessionAction,
  getClientAuthAction,
  getOrganizationAction,
  refreshClientAuthAction,
  switchOrganizationAction,
} from './actions.js';

// The React layer's server actions, run through Next's own request handling (cookies writable,
// as in a server action) with the real SDK talking to the emulator.
const origin = 'http://localhost:3000';
let emulator: Awaited<ReturnType<typeof startEmulator>>;
const app = createFixtureApp({ middlewareAuth: { enabled: false } });

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  configureForEmulator(emulator, origin);
});
afterAll(() => emulator.stop());

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

describe('the client server actions', () => {
  it('getClientAuthAction: the auth without tokens; signed out with ensureSignedIn, a sign-in URL and its verifier cookie', async () => {
    const { result } = await run(() => getClientAuthAction(), await session());
    expect(result).toMatchObject({
      user: { email: 'alice@example.com' },
      organizationId: seeded.acme,
    });
    expect(JSON.stringify(result)).not.toMatch(/accessToken|refreshToken|claims/);

    expect((await run(() => getClientAuthAction())).result).toEqual({ user: null });
    const guarded = await run(() =>
      getClientAuthAction({ ensureSignedIn: true, returnPathname: '/dashboard' }),
    );
    const url = new URL(String((guarded.result as { signInUrl: string }).signInUrl));
    expect(url.pathname).toBe('/user_management/authorize');
    expect(guarded.setCookie.some((line) => line.startsWith('wos-auth-verifier-'))).toBe(true);
  });

  it('refreshClientAuthAction moves the session to another organization and saves it', async () => {
    const cookie = await session();
    const moved = await run(
      () => refreshClientAuthAction({ organizationId: seeded.globex }),
      cookie,
    );
    expect(moved.result).toMatchObject({ organizationId: seeded.globex, role: 'member' });
    expect(moved.setCookie.some((line) => line.startsWith('wos-session='))).toBe(true);
    const signedOut = await run(() => refreshClientAuthAction({ ensureSignedIn: true }));
    expect(signedOut.result).toMatchObject({ user: null, signInUrl: expect.any(String) });
  });

  it('switchOrganizationAction switches, and answers { error } for a refused or missing organization', async () => {
    const cookie = await session();
    expect((await run(() => switchOrganizationAction(seeded.globex), cookie)).result).toMatchObject(
      {
        organizationId: seeded.globex,
      },
    );
    const refused = await run(
      () => switchOrganizationAction('org_01NOTAMEMBER0000000000000'),
      cookie,
    );
    expect(refused.result).toEqual({ error: expect.any(String) });
    expect((await run(() => switchOrganizationAction(42), cookie)).result).toEqual({
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
});
