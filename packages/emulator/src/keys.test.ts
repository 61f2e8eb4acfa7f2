import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './emulator.js';
import { createSigningKey, KeyRing } from './keys.js';
import { sdkFor } from './test-support/sdk.js';

const pem = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;

async function fetchJwks(emulator: Emulator) {
  return (await (await fetch(emulator.jwksUrl)).json()) as { keys: { kid: string }[] };
}

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()));
});

describe('signing keys', () => {
  it('derives a stable kid from a pinned key, across restarts', async () => {
    const key = pem();
    const first = await startEmulator({ signingKey: key });
    running.push(first);
    const second = await startEmulator({ signingKey: key });
    running.push(second);
    expect(first.kid).toBe(second.kid);
    expect(first.kid).toMatch(/^key_[A-Za-z0-9_-]{43}$/);
    expect(await fetchJwks(first)).toEqual(await fetchJwks(second));
  });

  it('rejects a non-RSA key with a clear error', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expect(() => createSigningKey(ec as string)).toThrow(/RSA private key/);
  });

  it('rotation signs with the new key and keeps serving the old one', async () => {
    const emulator = await startEmulator();
    running.push(emulator);
    const workos = sdkFor(emulator);
    const before = await emulator.impersonate({
      user: 'bob@example.com',
      impersonatorEmail: 'admin@example.com',
    });
    const oldKid = emulator.kid;
    const { kid } = emulator.rotateSigningKey();
    expect(kid).not.toBe(oldKid);
    const after = await workos.userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken: before.refresh_token,
    });
    expect(decodeProtectedHeader(after.accessToken).kid).toBe(kid);
    const jwks = createLocalJWKSet((await fetchJwks(emulator)) as never);
    await expect(jwtVerify(before.access_token, jwks)).resolves.toBeTruthy();
    await expect(jwtVerify(after.accessToken, jwks)).resolves.toBeTruthy();
    expect((await fetchJwks(emulator)).keys.map((k) => k.kid)).toEqual([kid, oldKid]);
  });

  it('can drop the previous key, so old tokens fail verification', async () => {
    const emulator = await startEmulator();
    running.push(emulator);
    const old = await emulator.impersonate({
      user: 'bob@example.com',
      impersonatorEmail: 'admin@example.com',
    });
    emulator.rotateSigningKey({ keepPrevious: false });
    const jwks = createLocalJWKSet((await fetchJwks(emulator)) as never);
    await expect(jwtVerify(old.access_token, jwks)).rejects.toThrow();
  });

  it('stops publishing retired keys after the retention window', () => {
    const ring = new KeyRing(createSigningKey(), 60);
    const next = createSigningKey();
    ring.rotate(next, 1_000);
    expect(ring.jwks(30_000).keys).toHaveLength(2);
    expect(ring.jwks(61_001).keys.map((k) => k.kid)).toEqual([next.kid]);
  });
});
