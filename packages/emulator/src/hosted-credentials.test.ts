import { describe, expect, it } from 'vitest';
import { defaultCredentials, defaultIds } from './seed.js';
import { parseForms, submitForm } from './test-support/forms.js';
import { REDIRECT_URI, sdkFor } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

async function openPage(extra: { maxAge?: number; provider?: string } = {}) {
  const workos = sdkFor(emulator);
  const { codeVerifier, codeChallenge } = await workos.pkce.generate();
  const url = workos.userManagement.getAuthorizationUrl({
    provider: extra.provider ?? 'authkit',
    clientId: emulator.clientId,
    redirectUri: REDIRECT_URI,
    codeChallenge,
    codeChallengeMethod: 'S256',
    state: 'st',
    maxAge: extra.maxAge,
  });
  const html = await (await fetch(url)).text();
  return { workos, url, html, codeVerifier };
}

async function exchange(page: Awaited<ReturnType<typeof openPage>>, response: Response) {
  expect(response.status).toBe(302);
  const code = new URL(response.headers.get('location')!).searchParams.get('code')!;
  return page.workos.userManagement.authenticateWithCode({
    clientId: emulator.clientId,
    code,
    codeVerifier: page.codeVerifier,
  });
}

const form = (html: string, testId: string) => parseForms(html).find((f) => f.testId === testId)!;

describe('the hosted page names the app and offers password and Magic Auth', () => {
  it('shows the redirect host, client id and what the request asks for', async () => {
    const page = await openPage({ maxAge: 0, provider: 'GoogleOAuth' });
    expect(page.html).toContain('data-testid="app-host">localhost:3000<');
    expect(page.html).toContain(`data-testid="app-client-id">${emulator.clientId}<`);
    expect(page.html).toContain('max_age=0 s');
    expect(page.html).toContain('Simulates GoogleOAuth');
  });

  it('signs in with a password, and says so on a wrong one', async () => {
    const page = await openPage();
    const passwordForm = form(page.html, 'password-form');
    const wrong = await submitForm(page.url, passwordForm, {
      email: 'bob@example.com',
      password: 'x',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Invalid email or password.');
    const ok = await submitForm(page.url, passwordForm, {
      email: 'bob@example.com',
      password: defaultCredentials.bobPassword,
    });
    const auth = await exchange(page, ok);
    expect(auth.user.id).toBe(defaultIds.bob);
  });

  it('signs in with an emailed Magic Auth code', async () => {
    const page = await openPage();
    const sent = await submitForm(page.url, form(page.html, 'magic-auth-form'), {
      email: 'alice@example.com',
    });
    const codePage = await sent.text();
    expect(codePage).toContain('data-testid="outbox-link"');
    const codeForm = form(codePage, 'magic-code-form');
    const bad = await submitForm(page.url, codeForm, { code: '-1' });
    expect(await bad.text()).toContain('That code is not right.');
    const code = emulator.lastCode('alice@example.com', 'magic_auth')!;
    const auth = await exchange(page, await submitForm(page.url, codeForm, { code }));
    expect(auth.user.id).toBe(defaultIds.alice);
  });
});
