import { describe, expect, it } from 'vitest';
import { defaultCredentials } from './seed.js';
import { authorizeWithPkce, sdkFor } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

const html = { accept: 'text/html,application/xhtml+xml' };

describe('the emulator home page', () => {
  it('lists the client, redirect URIs seen, M2M apps, users, organizations, API keys and controls', async () => {
    await authorizeWithPkce(sdkFor(emulator));
    const response = await fetch(`${emulator.url}/`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain(`<code>${emulator.clientId}</code>`);
    expect(page).toContain('data-testid="home-redirect">http://localhost:3000/callback<');
    expect(page).toContain(defaultCredentials.m2m.clientId);
    expect(page).toContain('<code>alice@example.com</code>');
    expect(page).toContain('Acme (admin), Globex (member)');
    expect(page).toContain('Acme default key');
    expect(page).not.toContain(defaultCredentials.apiKey.value);
    expect(page).not.toContain(defaultCredentials.alicePassword);
    expect(page).toContain('href="/__emulator/outbox"');
  });

  it('answers JSON to a client that asks for JSON', async () => {
    const response = await fetch(`${emulator.url}/`, { headers: { accept: 'application/json' } });
    expect(await response.json()).toMatchObject({ status: 'ok', clientId: emulator.clientId });
  });
});

describe('errors shown to a browser', () => {
  const badAuthorize = () =>
    `${emulator.url}/user_management/authorize?response_type=code&client_id=${emulator.clientId}&redirect_uri=${encodeURIComponent('https://evil.example/cb')}`;

  it('are HTML pages with the reason on authorize, logout and unknown pages', async () => {
    const authorize = await fetch(badAuthorize(), { headers: html });
    expect(authorize.status).toBe(400);
    expect(authorize.headers.get('content-type')).toContain('text/html');
    const page = await authorize.text();
    expect(page).toContain('data-testid="error-code">invalid_request<');
    expect(page).toContain('https://evil.example/cb');
    const logout = await fetch(
      `${emulator.url}/user_management/sessions/logout?session_id=s&return_to=${encodeURIComponent('https://evil.example/')}`,
      { headers: html, redirect: 'manual' },
    );
    expect(logout.headers.get('content-type')).toContain('text/html');
    const missing = await fetch(`${emulator.url}/nothing-here`, { headers: html });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
  });

  it('escape what the request carried', async () => {
    const url = `${emulator.url}/user_management/authorize?response_type=code&client_id=${encodeURIComponent('<script>x</script>')}`;
    const page = await (await fetch(url, { headers: html })).text();
    expect(page).not.toContain('<script>x');
    expect(page).toContain('&lt;script&gt;');
  });

  it('stay WorkOS JSON for API clients and API routes', async () => {
    const authorize = await fetch(badAuthorize());
    expect(authorize.headers.get('content-type')).toContain('application/json');
    expect(await authorize.json()).toMatchObject({ error: 'invalid_request' });
    const api = await fetch(`${emulator.url}/user_management/users/nope`, { headers: html });
    expect(api.status).toBe(401);
    expect(api.headers.get('content-type')).toContain('application/json');
  });
});
