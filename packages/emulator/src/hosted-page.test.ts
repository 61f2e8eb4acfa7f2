import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './emulator.js';
import { defaultIds } from './seed.js';
import { parseForms, submitForm } from './test-support/forms.js';
import { REDIRECT_URI, sdkFor } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

async function openPage(
  options: { screenHint?: 'sign-in' | 'sign-up'; organizationId?: string } = {},
) {
  const workos = sdkFor(emulator);
  const { codeVerifier, codeChallenge } = await workos.pkce.generate();
  const state = `sealed.${'s'.repeat(2000)}+/=`;
  const url = workos.userManagement.getAuthorizationUrl({
    provider: 'authkit',
    clientId: emulator.clientId,
    redirectUri: REDIRECT_URI,
    codeChallenge,
    codeChallengeMethod: 'S256',
    state,
    screenHint: options.screenHint,
    organizationId: options.organizationId,
  });
  const response = await fetch(url, { redirect: 'manual' });
  const html = await response.text();
  return { workos, url, response, html, codeVerifier, state };
}

describe('the hosted sign-in page', () => {
  it('lists seeded users; posting a form redirects to the callback with code and state', async () => {
    const page = await openPage();
    expect(page.response.status).toBe(200);
    expect(page.response.headers.get('content-type')).toContain('text/html');
    expect(page.html).toContain('data-testid="sign-in-as-alice@example.com"');
    expect(page.html).toContain('data-testid="sign-in-as-bob@example.com"');
    expect(page.html).toContain('for local development and tests only');

    const alice = parseForms(page.html).find((f) => f.testId === 'user-alice@example.com')!;
    expect(alice.options.organization_id).toEqual([defaultIds.acme, defaultIds.globex]);
    const posted = await submitForm(page.url, alice, { organization_id: defaultIds.globex });
    expect(posted.status).toBe(302);
    const callback = new URL(posted.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe(page.state);

    const auth = await page.workos.userManagement.authenticateWithCode({
      clientId: emulator.clientId,
      code: callback.searchParams.get('code')!,
      codeVerifier: page.codeVerifier,
    });
    expect(auth.organizationId).toBe(defaultIds.globex);
    const jwks = createRemoteJWKSet(new URL(emulator.jwksUrl));
    const { payload } = await jwtVerify(auth.accessToken, jwks);
    expect(payload).toMatchObject({ org_id: defaultIds.globex, role: 'member' });
  });

  it('preselects the organization_id the app asked for', async () => {
    const page = await openPage({ organizationId: defaultIds.globex });
    const alice = parseForms(page.html).find((f) => f.testId === 'user-alice@example.com')!;
    expect(alice.fields.organization_id).toBe(defaultIds.globex);
  });

  it('binds a single-membership user to their organization', async () => {
    const page = await openPage();
    const bob = parseForms(page.html).find((f) => f.testId === 'user-bob@example.com')!;
    const posted = await submitForm(page.url, bob);
    const code = new URL(posted.headers.get('location')!).searchParams.get('code')!;
    const auth = await page.workos.userManagement.authenticateWithCode({
      clientId: emulator.clientId,
      code,
      codeVerifier: page.codeVerifier,
    });
    expect(decodeJwt(auth.accessToken)).toMatchObject({
      sub: defaultIds.bob,
      org_id: defaultIds.acme,
    });
  });

  it('signs up a new user with screen_hint=sign-up', async () => {
    const page = await openPage({ screenHint: 'sign-up' });
    expect(page.html).toContain('data-testid="sign-up-form"');
    const form = parseForms(page.html).find((f) => f.testId === 'sign-up-form')!;
    const posted = await submitForm(page.url, form, {
      email: 'carol@example.com',
      first_name: 'Carol',
      last_name: 'Chen',
    });
    expect(posted.status).toBe(302);
    const code = new URL(posted.headers.get('location')!).searchParams.get('code')!;
    const auth = await page.workos.userManagement.authenticateWithCode({
      clientId: emulator.clientId,
      code,
      codeVerifier: page.codeVerifier,
    });
    expect(auth.user).toMatchObject({ email: 'carol@example.com', firstName: 'Carol' });
    expect(auth.organizationId).toBe(defaultIds.acme);
    expect(emulator.users().map((u) => u.email)).toContain('carol@example.com');
  });

  it('re-renders the sign-up form with an error for an existing email', async () => {
    const page = await openPage({ screenHint: 'sign-up' });
    const form = parseForms(page.html).find((f) => f.testId === 'sign-up-form')!;
    const posted = await submitForm(page.url, form, { email: 'alice@example.com' });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain('data-testid="sign-up-error"');
  });

  it('escapes seeded values in the HTML', async () => {
    await emulator.reset({
      users: [{ id: 'user_x', email: 'x@example.com', firstName: '<script>' }],
    });
    const page = await openPage();
    expect(page.html).not.toContain('<script>');
    expect(page.html).toContain('&lt;script&gt;');
  });

  it('redirects straight back for every user when autoLogin is on', async () => {
    emulator.setAutoLogin('bob@example.com');
    const page = await openPage();
    expect(page.response.status).toBe(302);
    expect(page.response.headers.get('location')).toContain('code=');
  });
});

describe('authorize validation', () => {
  const base = () => {
    const url = new URL('/user_management/authorize', emulator.url);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: emulator.clientId,
      redirect_uri: REDIRECT_URI,
      provider: 'authkit',
    }).toString();
    return url;
  };

  it.each([
    ['client_id', 'client_wrong', 'invalid_client'],
    ['redirect_uri', 'https://evil.example/callback', 'invalid_request'],
    ['redirect_uri', 'javascript:alert(1)', 'invalid_request'],
    ['response_type', 'token', 'invalid_request'],
    ['organization_id', 'org_missing', 'organization_not_found'],
  ])('rejects %s=%s with a 400 JSON %s', async (key, value, error) => {
    const url = base();
    url.searchParams.set(key, value);
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ error });
  });

  it('rejects a missing redirect_uri', async () => {
    const url = base();
    url.searchParams.delete('redirect_uri');
    const response = await fetch(url);
    expect(response.status).toBe(400);
  });

  it('accepts an allow-listed redirect host', async () => {
    const other = await startEmulator({
      allowedRedirectHosts: ['*.example.test'],
      autoLogin: true,
    });
    try {
      const url = new URL('/user_management/authorize', other.url);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: other.clientId,
        redirect_uri: 'https://app.example.test/callback',
      }).toString();
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toMatch(
        /^https:\/\/app\.example\.test\/callback\?code=/,
      );
    } finally {
      await other.stop();
    }
  });

  it('sends the user back with an error when login_hint names a non-member of organization_id', async () => {
    const url = base();
    url.searchParams.set('login_hint', 'bob@example.com');
    url.searchParams.set('organization_id', defaultIds.globex);
    url.searchParams.set('state', 'abc');
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('organization_membership_not_found');
    expect(location.searchParams.get('state')).toBe('abc');
    expect(location.searchParams.has('code')).toBe(false);
  });
});
