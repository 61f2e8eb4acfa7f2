// @vitest-environment happy-dom
import { UsageError } from '@workos/authkit-session/client';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthContextType, UseAccessTokenReturn } from './index.js';
import { AuthKitCoreProvider } from './provider.js';
import { useRecentAuth } from './recent-auth.js';
import { alice, T0, testTransport, token } from './test-support/transport.js';
import { useTokenClaims } from './token-claims.js';
import type { AuthKitProviderProps } from './types.js';
import { useAccessToken } from './use-access-token.js';
import { useAuth } from './use-auth.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let auth: AuthContextType;
let tokens: UseAccessTokenReturn[];
let transport: ReturnType<typeof testTransport>;

function AuthProbe() {
  auth = useAuth();
  return null;
}
function TokenProbe() {
  tokens.push(useAccessToken());
  return null;
}
let seen: ReturnType<typeof useAuth> | undefined;
function Guarded() {
  seen = useAuth({ ensureSignedIn: true });
  return null;
}
let claims: Record<string, unknown> = {};
let fresh: ReturnType<typeof useRecentAuth> | undefined;
let strict: ReturnType<typeof useRecentAuth> | undefined;
function Claims() {
  claims = useTokenClaims<{ custom: string }>();
  fresh = useRecentAuth({ maxAge: 900 });
  strict = useRecentAuth({ maxAge: 300 });
  return null;
}
let states: Array<ReturnType<typeof useRecentAuth>> = [];
function Recent() {
  states.push(useRecentAuth({ maxAge: 60 }));
  return null;
}

beforeEach(() => {
  tokens = [];
  transport = testTransport();
  vi.useFakeTimers({ now: T0 * 1000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const render = (children: ReactNode, props: Partial<AuthKitProviderProps> = {}) =>
  act(async () =>
    root.render(
      <AuthKitCoreProvider transport={transport} {...props}>
        {children}
      </AuthKitCoreProvider>,
    ),
  );
const signedIn = { user: alice, sessionId: 'session_1', organizationId: 'org_1' };

describe('useAuth', () => {
  it('fetches the auth once without initialAuth, loading until the server answers', async () => {
    transport.getAuth.mockResolvedValue(signedIn);
    await render(<AuthProbe />);
    expect(transport.getAuth).toHaveBeenCalledTimes(1);
    expect(auth).toMatchObject({ user: alice, organizationId: 'org_1', loading: false });
  });

  it('refreshAuth({ organizationId }) moves the auth; a failure resolves { error } and keeps it', async () => {
    transport.refreshAuth.mockResolvedValueOnce({ ...signedIn, organizationId: 'org_2' });
    await render(<AuthProbe />, { initialAuth: signedIn });
    await act(async () =>
      expect(await auth.refreshAuth({ organizationId: 'org_2' })).toBeUndefined(),
    );
    expect(transport.refreshAuth).toHaveBeenCalledWith(
      expect.objectContaining({ organizationId: 'org_2', ensureSignedIn: false }),
    );
    expect(auth.organizationId).toBe('org_2');
    transport.refreshAuth.mockRejectedValueOnce(new Error('Session expired'));
    await act(async () => expect(await auth.refreshAuth()).toEqual({ error: 'Session expired' }));
    expect(auth).toMatchObject({ organizationId: 'org_2', loading: false });
  });

  it('switchToOrganization resolves the new auth and fetches a new token for the hooks', async () => {
    const first = await token(T0, 300, { org_id: 'org_1' });
    const second = await token(T0, 300, { org_id: 'org_2' });
    transport.getAccessToken.mockResolvedValueOnce(first).mockResolvedValueOnce(second);
    transport.switchToOrganization.mockResolvedValue({ ...signedIn, organizationId: 'org_2' });
    await render(
      <>
        <AuthProbe />
        <TokenProbe />
      </>,
      { initialAuth: signedIn },
    );
    expect(tokens.at(-1)?.accessToken).toBe(first);
    let result: unknown;
    await act(async () => {
      result = await auth.switchToOrganization('org_2');
    });
    expect(result).toMatchObject({ user: alice, organizationId: 'org_2' });
    expect(auth.organizationId).toBe('org_2');
    expect(tokens.at(-1)?.accessToken).toBe(second);
    transport.switchToOrganization.mockRejectedValueOnce(new Error('not a member'));
    await act(async () => {
      result = await auth.switchToOrganization('org_3');
    });
    expect(result).toEqual({ error: 'not a member' });
  });

  it('with ensureSignedIn, a signed-out visitor is sent to the sign-in URL the server gives', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    transport.getAuth.mockResolvedValue({ user: null, signInUrl: 'https://auth.test/sign-in' });
    await render(<Guarded />, { initialAuth: { user: null } });
    expect(transport.getAuth).toHaveBeenCalledWith(
      expect.objectContaining({ ensureSignedIn: true }),
    );
    expect(assign).toHaveBeenCalledWith('https://auth.test/sign-in');
    expect(seen?.loading).toBe(true);
    assign.mockRestore();
  });

  it('adopts a new initialAuth the server rendered with, and ignores an equal one', async () => {
    await render(<AuthProbe />, { initialAuth: signedIn });
    const first = auth;
    await render(<AuthProbe />, { initialAuth: { ...signedIn } });
    expect(auth).toBe(first);
    await render(<AuthProbe />, {
      initialAuth: { ...signedIn, organizationId: 'org_2', role: 'member' },
    });
    expect(auth).toMatchObject({ organizationId: 'org_2', role: 'member', loading: false });
    await render(<AuthProbe />, { initialAuth: { user: null } });
    expect(auth.user).toBeNull();
    expect(transport.getAuth).not.toHaveBeenCalled();
  });

  it('throws a UsageError outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => act(() => root.render(<AuthProbe />))).toThrow(UsageError);
    spy.mockRestore();
  });
});

describe('onSessionExpired', () => {
  it('runs when the tab regains focus and the server says the session is gone', async () => {
    const onSessionExpired = vi.fn();
    transport.checkSession.mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    await render(<AuthProbe />, { initialAuth: signedIn, onSessionExpired });
    await act(async () => window.dispatchEvent(new Event('focus')));
    expect(transport.checkSession).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).not.toHaveBeenCalled();
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    expect(transport.checkSession).toHaveBeenCalledTimes(2);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(auth.user).toBeNull();
  });

  it('is not checked when false, nor when signed out, and a failed check changes nothing', async () => {
    await render(<AuthProbe />, { initialAuth: signedIn, onSessionExpired: false });
    await act(async () => window.dispatchEvent(new Event('focus')));
    expect(transport.checkSession).not.toHaveBeenCalled();
    const onSessionExpired = vi.fn();
    transport.checkSession.mockRejectedValue(new TypeError('Failed to fetch'));
    await render(<AuthProbe />, { initialAuth: signedIn, onSessionExpired });
    await act(async () => window.dispatchEvent(new Event('focus')));
    expect(onSessionExpired).not.toHaveBeenCalled();
    expect(auth.user).toEqual(alice);
  });
});

describe('useAccessToken', () => {
  it('shares one token between hooks and asks the server 15 s before it expires', async () => {
    const first = await token(T0);
    const second = await token(T0 + 285);
    transport.getAccessToken.mockResolvedValueOnce(first).mockResolvedValueOnce(second);
    await render(
      <>
        <TokenProbe />
        <TokenProbe />
      </>,
      { initialAuth: signedIn },
    );
    expect(transport.getAccessToken).toHaveBeenCalledTimes(1);
    expect(tokens.at(-1)).toMatchObject({ accessToken: first, loading: false, error: null });
    await advance(284_000);
    expect(transport.getAccessToken).toHaveBeenCalledTimes(1);
    await advance(1_000);
    expect(transport.getAccessToken).toHaveBeenCalledTimes(2);
    expect(tokens.at(-1)?.accessToken).toBe(second);
  });

  it('starts from the token in initialAuth, and getAccessToken refreshes a due one first', async () => {
    const due = await token(T0 - 290);
    const fresh = await token(T0);
    transport.getAccessToken.mockResolvedValue(fresh);
    transport.refreshAccessToken.mockResolvedValue(fresh);
    await render(<TokenProbe />, { initialAuth: { ...signedIn, accessToken: due } });
    expect(tokens[0]?.accessToken).toBe(due);
    let got: string | undefined;
    await act(async () => {
      got = await tokens.at(-1)?.getAccessToken();
    });
    expect(got).toBe(fresh);
    transport.refreshAccessToken.mockRejectedValue(new Error('refresh failed'));
    vi.setSystemTime((T0 + 290) * 1000);
    await act(async () => {
      await expect(tokens.at(-1)?.getAccessToken()).rejects.toThrow('refresh failed');
    });
    expect(tokens.at(-1)?.error?.message).toBe('refresh failed');
  });

  it('is undefined and asks nothing while signed out', async () => {
    await render(<TokenProbe />, { initialAuth: { user: null } });
    expect(tokens.at(-1)).toMatchObject({ accessToken: undefined, loading: false });
    expect(await tokens.at(-1)?.getAccessToken()).toBeUndefined();
    expect(transport.getAccessToken).not.toHaveBeenCalled();
  });
});

describe('useTokenClaims and useRecentAuth', () => {
  it('read the claims and auth_time of the current token', async () => {
    transport.getAccessToken.mockResolvedValue(
      await token(T0, 300, { org_id: 'org_1', auth_time: T0 - 600, custom: 'yes' }),
    );
    await render(<Claims />, { initialAuth: signedIn });
    expect(claims).toMatchObject({ org_id: 'org_1', sid: 'session_1', custom: 'yes' });
    expect(fresh).toEqual({
      loading: false,
      authenticatedAt: new Date((T0 - 600) * 1000),
      isStale: false,
    });
    expect(strict?.isStale).toBe(true);
  });

  it('useRecentAuth is stale without auth_time and loading while the token loads', async () => {
    states = [];
    transport.getAccessToken.mockResolvedValue(await token(T0));
    await render(<Recent />, { initialAuth: signedIn });
    expect(states[0]).toEqual({ loading: true, authenticatedAt: undefined, isStale: undefined });
    expect(states.at(-1)).toEqual({ loading: false, authenticatedAt: null, isStale: true });
  });
});
