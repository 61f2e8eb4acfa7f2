import fc from 'fast-check';
import { defaults, seal } from 'iron-webcrypto';
import { describe, expect, it } from 'vitest';
import { ironUnseal } from './iron-keys.js';

const PASSWORD = 'a-very-long-cookie-password-with-32-plus-chars';
const OTHER = 'another-very-long-cookie-password-32-plus-chars';

describe('ironUnseal (cached PBKDF2 base key)', () => {
  it('opens whatever iron-webcrypto seals, with either password form (60 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const normalized = JSON.parse(JSON.stringify(value));
        const withId = await seal(normalized, { id: '1', secret: PASSWORD }, defaults);
        expect(await ironUnseal(withId, PASSWORD)).toEqual(normalized);
        const bare = await seal(normalized, OTHER, defaults);
        expect(await ironUnseal(bare, OTHER)).toEqual(normalized);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses another password and any altered part with "Bad hmac value"', async () => {
    const sealed = await seal({ a: 1 }, PASSWORD, defaults);
    await expect(ironUnseal(sealed, OTHER)).rejects.toThrow('Bad hmac value');
    const parts = sealed.split('*');
    for (const index of [2, 3, 4, 6, 7]) {
      const altered = [...parts];
      const part = altered[index] as string;
      // The first character always carries data (the last may only hold base64 padding bits).
      altered[index] = `${part.startsWith('A') ? 'B' : 'A'}${part.slice(1)}`;
      await expect(ironUnseal(altered.join('*'), PASSWORD)).rejects.toThrow();
    }
    await expect(ironUnseal(sealed.replace('Fe26.2', 'Fe26.1'), PASSWORD)).rejects.toThrow(
      'Wrong mac prefix',
    );
    await expect(ironUnseal(`${sealed}*x`, PASSWORD)).rejects.toThrow('Incorrect number');
  });

  it('honours the expiry of a sealed TTL (60 s skew), like iron', async () => {
    const live = await seal({ a: 1 }, PASSWORD, { ...defaults, ttl: 60_000 });
    expect(await ironUnseal(live, PASSWORD)).toEqual({ a: 1 });
    const old = await seal({ a: 1 }, PASSWORD, {
      ...defaults,
      ttl: 1000,
      localtimeOffsetMsec: -120_000,
    });
    await expect(ironUnseal(old, PASSWORD)).rejects.toThrow('Expired seal');
    const parts = live.split('*');
    parts[5] = '01';
    await expect(ironUnseal(parts.join('*'), PASSWORD)).rejects.toThrow('Invalid expiration');
  });
});
