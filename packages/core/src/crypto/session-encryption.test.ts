import { sessionEncryption as originalEncryption } from 'authkit-session-original';
import { sealData as ironSessionSeal, unsealData as ironSessionUnseal } from 'iron-session';
import { defaults, seal as ironSeal, unseal as ironUnseal } from 'iron-webcrypto';
import { describe, expect, it } from 'vitest';
import { SessionEncryptionError } from '../errors.js';
import { sessionEncryption } from './session-encryption.js';

const PASSWORD = 'a-very-long-cookie-password-with-32-plus-chars';
const NEXT_PASSWORD = 'the-next-cookie-password-after-rotation-0123';
const session = {
  accessToken: 'eyJhbGciOiJSUzI1NiJ9.e30.sig',
  refreshToken: 'refresh_01ABC',
  user: { object: 'user', id: 'user_01', email: 'alice@example.com' },
  impersonator: { email: 'admin@example.com', reason: null },
};

describe('iron Fe26.2 format', () => {
  it('produces the SDK/iron-session shape: password id 1 and the ~2 suffix', async () => {
    const sealed = await sessionEncryption.sealData(session, { password: PASSWORD });
    expect(sealed.startsWith('Fe26.2*1*')).toBe(true);
    expect(sealed.endsWith('~2')).toBe(true);
  });

  it('reads a value sealed with iron-webcrypto directly, and iron-webcrypto reads ours', async () => {
    const direct = `${await ironSeal(session, { id: '1', secret: PASSWORD }, defaults)}~2`;
    expect(await sessionEncryption.unsealData(direct, { password: PASSWORD })).toEqual(session);
    const ours = await sessionEncryption.sealData(session, { password: PASSWORD });
    const body = ours.slice(0, -2);
    expect(await ironUnseal(body, { 1: PASSWORD }, defaults)).toEqual(session);
  });

  it('reads an unversioned iron seal (no ~ suffix)', async () => {
    const direct = await ironSeal(session, PASSWORD, defaults);
    expect(await sessionEncryption.unsealData(direct, { password: PASSWORD })).toEqual(session);
  });

  it('is compatible both ways with the original @workos/authkit-session', async () => {
    const fromOriginal = await originalEncryption.sealData(session, { password: PASSWORD });
    expect(await sessionEncryption.unsealData(fromOriginal, { password: PASSWORD })).toEqual(
      session,
    );
    const ours = await sessionEncryption.sealData(session, { password: PASSWORD });
    expect(await originalEncryption.unsealData(ours, { password: PASSWORD })).toEqual(session);
  });

  it('is compatible both ways with iron-session v8', async () => {
    const fromIronSession = await ironSessionSeal(session, { password: PASSWORD });
    expect(await sessionEncryption.unsealData(fromIronSession, { password: PASSWORD })).toEqual(
      session,
    );
    const ours = await sessionEncryption.sealData(session, { password: PASSWORD });
    expect(await ironSessionUnseal(ours, { password: PASSWORD })).toEqual(session);
  });

  it('honours a seal TTL', async () => {
    const sealed = await ironSeal(
      session,
      { id: '1', secret: PASSWORD },
      {
        ...defaults,
        ttl: 1,
        timestampSkewSec: 0,
        localtimeOffsetMsec: -120_000,
      },
    );
    await expect(
      sessionEncryption.unsealData(`${sealed}~2`, { password: PASSWORD, ttl: 1 }),
    ).rejects.toBeInstanceOf(SessionEncryptionError);
  });
});

describe('password rotation', () => {
  it('seals with the first password and unseals with any', async () => {
    const sealedWithOld = await sessionEncryption.sealData(session, { password: PASSWORD });
    const rotated = [NEXT_PASSWORD, PASSWORD];
    expect(await sessionEncryption.unsealData(sealedWithOld, { password: rotated })).toEqual(
      session,
    );

    const sealedAfterRotation = await sessionEncryption.sealData(session, { password: rotated });
    expect(
      await sessionEncryption.unsealData(sealedAfterRotation, { password: [NEXT_PASSWORD] }),
    ).toEqual(session);
    await expect(
      sessionEncryption.unsealData(sealedAfterRotation, { password: [PASSWORD] }),
    ).rejects.toBeInstanceOf(SessionEncryptionError);
  });

  it('rejects tampered, truncated and foreign values with SessionEncryptionError', async () => {
    const sealed = await sessionEncryption.sealData(session, { password: PASSWORD });
    const parts = sealed.split('*');
    parts[4] = `${parts[4]?.slice(0, -4)}AAAA`;
    const tampered = parts.join('*');
    for (const bad of [tampered, sealed.slice(0, 40), 'not-a-seal', '', 'Fe26.2*1*a*b*c*d*e~x']) {
      await expect(
        sessionEncryption.unsealData(bad, { password: PASSWORD }),
      ).rejects.toBeInstanceOf(SessionEncryptionError);
    }
  });

  it('refuses alternative spellings of an authentic seal (base64 padding bits, loose version suffix)', async () => {
    const sealed = await sessionEncryption.sealData(session, { password: PASSWORD });
    const body = sealed.slice(0, -2);
    const digest = body.split('*')[7] ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(digest.at(-1) ?? 'A');
    const sibling = alphabet[last ^ 1] ?? 'A';
    const respelled = `${body.slice(0, -1)}${sibling}~2`;
    for (const bad of [respelled, `${sealed}.`, `${body}~02`, `${body}~2 `, `${body}~`]) {
      await expect(
        sessionEncryption.unsealData(bad, { password: PASSWORD }),
      ).rejects.toBeInstanceOf(SessionEncryptionError);
    }
  });

  it('refuses passwords shorter than 32 characters', async () => {
    await expect(sessionEncryption.sealData(session, { password: 'short' })).rejects.toBeInstanceOf(
      SessionEncryptionError,
    );
  });
});
