import { createHash } from 'node:crypto';
import { OauthException } from '@workos-inc/node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { defaultIds } from './seed.js';
import { authorizeWithPkce, sdkFor, signInWithSdk } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

function post(body: Record<string, unknown>, contentType = 'application/json') {
  return fetch(`${emulator.url}/user_management/authenticate`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body:
      contentType === 'application/json'
        ? JSON.stringify(body)
        : new URLSearchParams(body as Record<string, string>).toString(),
  });
}

/** The SDK's code exchange (confidential client: the client's API key is the secret). */
function exchangeCode(workos: ReturnType<typeof sdkFor>, code: string, codeVerifier: string) {
  return workos.userManagement.authenticateWithCode({
    clientId: emulator.clientId,
    code,
    codeVerifier,
  });
}

describe('authorization_code grant', () => {
  it('is single use', async () => {
    const workos = sdkFor(emulator);
    const { code, codeVerifier } = await authorizeWithPkce(workos);
    const exchange = () => exchangeCode(workos, code!, codeVerifier);
    await exchange();
    await expect(exchange()).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects a wrong PKCE verifier', async () => {
    const workos = sdkFor(emulator);
    const { code } = await authorizeWithPkce(workos);
    const attempt = exchangeCode(workos, code!, 'not-the-verifier-not-the-verifier-not-the-ver');
    await expect(attempt).rejects.toBeInstanceOf(OauthException);
    await expect(attempt).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('expires codes after codeTtlSeconds', async () => {
    const workos = sdkFor(emulator);
    const { code, codeVerifier } = await authorizeWithPkce(workos);
    emulator.setClockOffset(601);
    await expect(exchangeCode(workos, code!, codeVerifier)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('works for a public client (no API key) with PKCE', async () => {
    const publicClient = sdkFor(emulator, { apiKey: '' });
    const workos = sdkFor(emulator);
    const { code, codeVerifier } = await authorizeWithPkce(workos);
    const auth = await publicClient.userManagement.authenticateWithCodeAndVerifier({
      clientId: emulator.clientId,
      code: code!,
      codeVerifier,
    });
    expect(auth.user.id).toBe(defaultIds.alice);
    const call = emulator.calls({ grantType: 'authorization_code' }).at(-1);
    expect(call?.status).toBe(200);
  });

  it('rejects a wrong client_secret with invalid_client', async () => {
    const wrong = sdkFor(emulator, { apiKey: 'sk_test_wrong' });
    const { code, codeVerifier } = await authorizeWithPkce(sdkFor(emulator));
    await expect(exchangeCode(wrong, code!, codeVerifier)).rejects.toMatchObject({
      error: 'invalid_client',
    });
  });

  it('requires a client secret or PKCE', async () => {
    const code = emulator.createAuthorizationCode({ user: 'bob@example.com' });
    const response = await post({
      grant_type: 'authorization_code',
      client_id: emulator.clientId,
      code,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('accepts form-encoded bodies and checks the S256 challenge', async () => {
    const verifier = 'v'.repeat(43);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const code = emulator.createAuthorizationCode({
      user: 'bob@example.com',
      codeChallenge: challenge,
    });
    const response = await post(
      {
        grant_type: 'authorization_code',
        client_id: emulator.clientId,
        code,
        code_verifier: verifier,
      },
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.json();
    expect(body).toMatchObject({
      organization_id: defaultIds.acme,
      authentication_method: 'Password',
    });
    expect(body.refresh_token).toMatch(/^ref_/);
  });

  it.each([
    [{}, 'invalid_request'],
    [{ grant_type: 'refresh_token' }, 'invalid_request'],
    [{ grant_type: 'refresh_token', client_id: 'client_x', refresh_token: 'r' }, 'invalid_client'],
    [{ grant_type: 'authorization_code', client_id: 'client_emulator' }, 'invalid_request'],
    [
      { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: 'client_emulator' },
      'unsupported_grant_type',
    ],
    [
      { grant_type: 'refresh_token', client_id: 'client_emulator', refresh_token: 'nope' },
      'invalid_grant',
    ],
  ])('answers %j with a 400 %s', async (body, error) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(await response.json()).toMatchObject({ error, error_description: expect.any(String) });
  });

  it('answers malformed JSON with invalid_request', async () => {
    const response = await fetch(`${emulator.url}/user_management/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('token lifetime and clock', () => {
  it('mints tokens with the configured TTL, down to 1 second', async () => {
    emulator.setAccessTokenTtl(1);
    const workos = sdkFor(emulator);
    const auth = await signInWithSdk(workos);
    const claims = decodeJwt(auth.accessToken);
    expect([1, 2]).toContain(claims.exp! - claims.iat!);
    expect(() => emulator.setAccessTokenTtl(0)).toThrow(TypeError);
  });

  it('mints already-expired tokens with a negative clock offset', async () => {
    emulator.setClockOffset(-3600);
    const workos = sdkFor(emulator);
    const auth = await signInWithSdk(workos);
    expect(decodeJwt(auth.accessToken).exp!).toBeLessThan(Date.now() / 1000);
  });
});
