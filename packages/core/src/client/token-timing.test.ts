import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestSigningKey, signTestAccessToken } from '../testing/keys.js';
import {
  accessTokenRefreshAt,
  accessTokenRefreshDelay,
  isAccessTokenDue,
  readTokenTimes,
  SAME_TOKEN_RETRY_MS,
} from './token-timing.js';

const key = await createTestSigningKey();
const token = (ttlSeconds: number, iat = 1_700_000_000) =>
  signTestAccessToken(
    key,
    { sub: 'user_1', sid: 'session_1', iss: 'https://issuer.test', iat },
    ttlSeconds,
  );

afterEach(() => vi.useRealTimers());

describe('client token timing', () => {
  it('reads exp and iat from a real signed token', async () => {
    expect(readTokenTimes(await token(300))).toEqual({ exp: 1_700_000_300, iat: 1_700_000_000 });
  });

  it('returns nothing for tokens without a readable exp', () => {
    expect(readTokenTimes('not-a-jwt')).toBeNull();
    expect(readTokenTimes('a.%%%.c')).toBeNull();
    expect(accessTokenRefreshAt('a.b')).toBeUndefined();
    expect(accessTokenRefreshDelay('')).toBeUndefined();
    expect(isAccessTokenDue('garbage')).toBe(true);
  });

  it('asks 15 s before expiry for normal lifetimes', async () => {
    const fiveMinutes = await token(300);
    expect(accessTokenRefreshAt(fiveMinutes)).toBe((1_700_000_300 - 15) * 1000);
    expect(accessTokenRefreshDelay(fiveMinutes, { now: 1_700_000_000_000 })).toBe(285_000);
  });

  it('asks at three quarters of the lifetime for short tokens (inside the server window)', async () => {
    const twentySeconds = await token(20);
    expect(accessTokenRefreshAt(twentySeconds)).toBe((1_700_000_020 - 5) * 1000);
  });

  it('never waits a negative time, and waits at least a second when the server kept the token', async () => {
    const expired = await token(60);
    expect(accessTokenRefreshDelay(expired, { now: 1_800_000_000_000 })).toBe(0);
    expect(
      accessTokenRefreshDelay(expired, { now: 1_800_000_000_000, previousToken: expired }),
    ).toBe(SAME_TOKEN_RETRY_MS);
  });

  it('tells whether a token is due against the real clock', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    const fresh = await token(300);
    expect(isAccessTokenDue(fresh)).toBe(false);
    vi.setSystemTime((1_700_000_300 - 15) * 1000);
    expect(isAccessTokenDue(fresh)).toBe(true);
  });
});
