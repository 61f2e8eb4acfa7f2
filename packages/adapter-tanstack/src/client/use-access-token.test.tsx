// @vitest-environment happy-dom
import { createTestSigningKey, signTestAccessToken } from '@workos/authkit-session/testing';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientAuth } from '../client-auth.js';

// The `getAccessToken` server function is the hook's only boundary: it answers with real signed
// tokens. The auth state (`initialAuth`, as `getAuth()` gives it) carries no token at all.
const server = vi.hoisted(() => ({
  getAuth: vi.fn<() => Promise<ClientAuth>>(),
  getAccessToken: vi.fn<() => Promise<{ accessToken: string; expiresAt: number } | null>>(),
  signOut: vi.fn(),
}));
vi.mock('../server-functions.js', () => server);
vi.mock('@tanstack/react-start', () => ({ useServerFn: (fn: unknown) => fn }));

const { AuthKitProvider } = await import('./provider.js');
const { useAccessToken } = await import('./use-access-token.js');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const key = await createTestSigningKey();
const T0 = Date.UTC(2030, 0, 1) / 1000;
const user = { id: 'user_1', email: 'alice@example.com' } as never;

async function signedIn(iat: number, ttl = 300) {
  const accessToken = await signTestAccessToken(
    key,
    { sub: 'user_1', sid: 'session_1', iss: 'https://issuer.test', iat },
    ttl,
  );
  return { token: { accessToken, expiresAt: (iat + ttl) * 1000 }, exp: iat + ttl };
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
const auth: ClientAuth = { user, sessionId: 'session_1' };
const render = (initialAuth: ClientAuth = auth) =>
  act(async () =>
    root.render(
      <AuthKitProvider initialAuth={initialAuth}>
        <Probe />
      </AuthKitProvider>,
    ),
  );

describe('useAccessToken', () => {
  it('fetches the token on demand (never from the page), then again before it expires', async () => {
    const first = await signedIn(T0);
    const second = await signedIn(T0 + 285);
    server.getAccessToken.mockResolvedValueOnce(first.token).mockResolvedValueOnce(second.token);
    await render();
    expect(server.getAccessToken).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)).toBe(first.token.accessToken);

    await advance(284_000);
    expect(server.getAccessToken).toHaveBeenCalledTimes(1);
    await advance(1_000); // 15 s before exp
    expect(server.getAccessToken).toHaveBeenCalledTimes(2);
    expect(Date.now()).toBeLessThan(first.exp * 1000);
    expect(seen.at(-1)).toBe(second.token.accessToken);
  });

  it('keeps asking (no sooner than a second apart) when the server keeps the same token', async () => {
    const only = await signedIn(T0 - 290); // already inside the refresh window
    server.getAccessToken.mockImplementation(async () => ({ ...only.token }));
    await render();
    await advance(0);
    // The first answer is already due, so it is asked once more at once; then once a second.
    expect(server.getAccessToken).toHaveBeenCalledTimes(2);
    await advance(999);
    expect(server.getAccessToken).toHaveBeenCalledTimes(2);
    await advance(1);
    expect(server.getAccessToken).toHaveBeenCalledTimes(3);
  });

  it('signed out: no token and no call', async () => {
    await render({ user: null });
    await advance(60_000);
    expect(server.getAccessToken).not.toHaveBeenCalled();
    expect(seen.every((token) => token === undefined)).toBe(true);
  });
});
