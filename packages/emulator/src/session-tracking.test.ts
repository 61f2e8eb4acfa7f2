import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { sdkFor, signInWithSdk } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

const AUTHENTICATE = '/user_management/authenticate';

async function signedIn(loginHint = 'alice@example.com') {
  const workos = sdkFor(emulator);
  const auth = await signInWithSdk(workos, { loginHint });
  const sessionId = decodeJwt(auth.accessToken).sid as string;
  const refresh = (refreshToken = auth.refreshToken) =>
    workos.userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken,
    });
  return { auth, sessionId, refresh };
}

function session(id: string) {
  return emulator.sessions().find((candidate) => candidate.id === id);
}

describe('the session of each authenticate call', () => {
  it('records the session a code exchange opened and the session a refresh was for', async () => {
    const alice = await signedIn();
    const bob = await signedIn('bob@example.com');
    await alice.refresh();
    await bob.refresh();

    const exchanges = emulator.calls({ grantType: 'authorization_code' });
    expect(exchanges.map((call) => call.sessionId)).toEqual([alice.sessionId, bob.sessionId]);
    const aliceRefreshes = emulator.calls({
      grantType: 'refresh_token',
      sessionId: alice.sessionId,
    });
    expect(aliceRefreshes).toHaveLength(1);
    expect(aliceRefreshes[0]).toMatchObject({ status: 200, sessionId: alice.sessionId });
    expect(emulator.calls({ sessionId: bob.sessionId }).map((call) => call.grantType)).toEqual([
      'authorization_code',
      'refresh_token',
    ]);
  });

  it('records the session of a refresh that failed or was answered by a fault', async () => {
    const { auth, sessionId, refresh } = await signedIn();
    emulator.injectFault({ path: AUTHENTICATE, grantType: 'refresh_token', status: 503 });
    await expect(refresh()).rejects.toThrow();
    emulator.revokeSession(sessionId);
    await expect(refresh(auth.refreshToken)).rejects.toMatchObject({ error: 'invalid_grant' });

    const calls = emulator.calls({ grantType: 'refresh_token', sessionId });
    expect(calls.map((call) => [call.status, call.faulted])).toEqual([
      [503, true],
      [400, false],
    ]);
  });

  it('leaves the session unset for an unknown refresh token or code', async () => {
    const workos = sdkFor(emulator);
    await expect(
      workos.userManagement.authenticateWithRefreshToken({
        clientId: emulator.clientId,
        refreshToken: 'ref_unknown',
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(
      workos.userManagement.authenticateWithCode({
        clientId: emulator.clientId,
        code: 'auth_code_unknown',
        codeVerifier: 'v'.repeat(43),
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    const calls = emulator.calls({ path: AUTHENTICATE });
    expect(calls).toHaveLength(2);
    expect(calls.map((call) => call.sessionId)).toEqual([undefined, undefined]);
  });

  it('filters the call log by session over HTTP (session_id)', async () => {
    const alice = await signedIn();
    await signedIn('bob@example.com');
    await alice.refresh();
    const query = new URLSearchParams({ session_id: alice.sessionId, grant_type: 'refresh_token' });
    const response = await fetch(`${emulator.url}/__emulator/calls?${query}`);
    const { data } = await response.json();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ grantType: 'refresh_token', sessionId: alice.sessionId });
  });
});

describe('the current access-token expiry of a session', () => {
  it('is the exp of the newest token minted for the session', async () => {
    emulator.setAccessTokenTtl(2);
    const { auth, sessionId, refresh } = await signedIn();
    const first = decodeJwt(auth.accessToken).exp! * 1000;
    expect(session(sessionId)?.accessTokenExpiresAt).toBe(first);

    emulator.setAccessTokenTtl(300);
    const refreshed = await refresh();
    const second = decodeJwt(refreshed.accessToken).exp! * 1000;
    expect(second).toBeGreaterThan(first);
    expect(session(sessionId)?.accessTokenExpiresAt).toBe(second);
  });

  it('is kept when a refresh fails, and set for sessions the controls open', async () => {
    const { sessionId, refresh } = await signedIn();
    const before = session(sessionId)?.accessTokenExpiresAt;
    emulator.revokeSession(sessionId);
    await expect(refresh()).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(session(sessionId)?.accessTokenExpiresAt).toBe(before);

    const impersonated = await emulator.impersonate({
      user: 'bob@example.com',
      impersonatorEmail: 'admin@example.com',
    });
    const claims = decodeJwt(impersonated.access_token);
    expect(session(claims.sid as string)?.accessTokenExpiresAt).toBe(claims.exp! * 1000);
  });

  it('is listed over HTTP as access_token_expires_at', async () => {
    const { auth, sessionId } = await signedIn();
    const { data } = await (await fetch(`${emulator.url}/__emulator/sessions`)).json();
    const listed = data.find((candidate: { id: string }) => candidate.id === sessionId);
    expect(listed.access_token_expires_at).toBe(
      new Date(decodeJwt(auth.accessToken).exp! * 1000).toISOString(),
    );
  });
});
