// @vitest-environment happy-dom
import type { ClientAccessToken } from '@workos/authkit-session/client';
import { createTestSigningKey, signTestAccessToken } from '@workos/authkit-session/testing';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The server actions are the hook's only boundary: they answer with real signed tokens here.
const actions = vi.hoisted(() => ({
  getAccessTokenAction: vi.fn<() => Promise<ClientAccessToken | null>>(),
  refreshAccessTokenAction: vi.fn<() => Promise<ClientAccessToken | null>>(),
}));
vi.mock('../actions.js', () => actions);

const { useAccessToken } = await import('./use-access-token.js');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const key = await createTestSigningKey();
const T0 = Date.UTC(2030, 0, 1) / 1000;

async function token(iat: number, ttl = 300): Promise<ClientAccessToken> {
  const accessToken = await signTestAccessToken(
    key,
    { sub: 'user_1', sid: 'session_1', iss: 'https://issuer.test', iat },
    ttl,
  );
  return { accessToken, expiresAt: (iat + ttl) * 1000 };
}

let seen: Array<string | undefined> = [];
function Probe() {
  seen.push(useAccessToken().accessToken);
  return null;
}

let root: Root;
beforeEach(() => {
  seen = [];
  vi.useFakeTimers({ now: T0 * 1000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
  vi.clearAllMocks();
});

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useAccessToken', () => {
  it('asks the server for a fresh token before the current one expires', async () => {
    const first = await token(T0);
    const second = await token(T0 + 285);
    actions.getAccessTokenAction.mockResolvedValueOnce(first).mockResolvedValueOnce(second);
    await act(async () => root.render(<Probe />));
    expect(seen.at(-1)).toBe(first.accessToken);
    expect(actions.getAccessTokenAction).toHaveBeenCalledTimes(1);

    await advance(284_000);
    expect(actions.getAccessTokenAction).toHaveBeenCalledTimes(1);
    await advance(1_000); // 15 s before exp
    expect(actions.getAccessTokenAction).toHaveBeenCalledTimes(2);
    expect(Date.now()).toBeLessThan(first.expiresAt);
    expect(seen.at(-1)).toBe(second.accessToken);
  });

  it('asks again no sooner than a second later when the server kept the same token', async () => {
    const only = await token(T0 - 290); // already inside the refresh window
    // Each answer is a fresh object, as a server action's deserialized result is.
    actions.getAccessTokenAction.mockImplementation(async () => ({ ...only }));
    await act(async () => root.render(<Probe />));
    await advance(0);
    const afterFirstRetry = actions.getAccessTokenAction.mock.calls.length;
    expect(afterFirstRetry).toBe(2);
    await advance(999);
    expect(actions.getAccessTokenAction).toHaveBeenCalledTimes(afterFirstRetry);
    await advance(1);
    expect(actions.getAccessTokenAction).toHaveBeenCalledTimes(afterFirstRetry + 1);
  });
});
