// @vitest-environment happy-dom
import { createTestSigningKey, signTestAccessToken } from '@workos/authkit-session/testing';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientAuth } from '../client-auth.js';

// The `getAuth` server function is the hook's only boundary: it answers with real signed tokens.
const server = vi.hoisted(() => ({
  getAuth: vi.fn<() => Promise<ClientAuth>>(),
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
  return { auth: { user, sessionId: 'session_1', accessToken } as ClientAuth, exp: iat + ttl };
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
const render = (initialAuth: ClientAuth) =>
  act(async () =>
    root.render(
      <AuthKitProvider initialAuth={initialAuth}>
        <Probe />
      </AuthKitProvider>,
    ),
  );

describe('useAccessToken', () => {
  it('asks the server for a fresh token before the current one expires', async () => {
    const first = await signedIn(T0);
    const second = await signedIn(T0 + 285);
    server.getAuth.mockResolvedValueOnce(second.auth);
    await render(first.auth);
    expect(seen.at(-1)).toBe(first.auth.accessToken);

    await advance(284_000);
    expect(server.getAuth).not.toHaveBeenCalled();
    await advance(1_000); // 15 s before exp
    expect(server.getAuth).toHaveBeenCalledTimes(1);
    expect(Date.now()).toBeLessThan(first.exp * 1000);
    expect(seen.at(-1)).toBe(second.auth.accessToken);
  });

  it('keeps asking (no sooner than a second apart) when the server keeps the same token', async () => {
    const only = await signedIn(T0 - 290); // already inside the refresh window
    server.getAuth.mockImplementation(async () => ({ ...only.auth }));
    await render(only.auth);
    await advance(0);
    expect(server.getAuth).toHaveBeenCalledTimes(1);
    await advance(999);
    expect(server.getAuth).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(server.getAuth).toHaveBeenCalledTimes(2);
  });
});
