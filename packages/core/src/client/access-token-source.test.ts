import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestSigningKey, signTestAccessToken } from '../testing/keys.js';
import { type AccessTokenState, createAccessTokenSource } from './access-token-source.js';

const key = await createTestSigningKey();
const T0 = Date.UTC(2030, 0, 1) / 1000;
const token = (iat: number, ttl = 300) =>
  signTestAccessToken(
    key,
    { sub: 'user_1', sid: 'session_1', iss: 'https://issuer.test', iat },
    ttl,
  );

beforeEach(() => {
  vi.useFakeTimers({ now: T0 * 1000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => vi.useRealTimers());

function setup(fetch: () => Promise<string | undefined>) {
  const states: AccessTokenState[] = [];
  const fetchSpy = vi.fn(fetch);
  const source = createAccessTokenSource({ fetch: fetchSpy, onChange: (s) => states.push(s) });
  return { source, states, fetchSpy };
}

describe('createAccessTokenSource', () => {
  it('fetches on start and again 15 s before exp, adopting the new token', async () => {
    const first = await token(T0);
    const second = await token(T0 + 285);
    const answers = [first, second];
    const { source, states, fetchSpy } = setup(async () => answers.shift());
    source.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ accessToken: first, loading: false, error: null });
    await vi.advanceTimersByTimeAsync(284_999);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    expect(states.at(-1)?.accessToken).toBe(second);
    source.stop();
  });

  it('waits at least a second when the server keeps the token, and stops on stop()', async () => {
    const kept = await token(T0 - 290);
    const { source, fetchSpy } = setup(async () => kept);
    source.update(kept);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    source.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('reports failures as state and serves getAccessToken from a fresh token without asking', async () => {
    const fresh = await token(T0);
    const { source, states, fetchSpy } = setup(async () => {
      throw new Error('offline');
    });
    expect(await source.refresh()).toBeUndefined();
    expect(states.at(-1)?.error?.message).toBe('offline');
    source.update(fresh);
    expect(await source.getAccessToken()).toBe(fresh);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    source.stop();
  });
});
