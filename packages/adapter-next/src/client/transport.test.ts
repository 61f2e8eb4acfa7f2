// @vitest-environment happy-dom
import { redirect } from 'next/navigation';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SIGNED_OUT_ACTION_MESSAGE } from '../action-guard.js';

// In the browser a server action is a network call: here each one answers what Next's client
// makes of the server's response (the proxy's 401, an action's redirect). Every export of
// `../actions.ts` is mocked (Vitest's automock), so the list is the module's own and cannot drift.
vi.mock('../actions.js');
const actions = vi.mocked(await import('../actions.js'));
const { nextTransport } = await import('./transport.js');

/** What Next's client rejects an action with when the proxy answered 401 text/plain. */
const refused = () => new Error(SIGNED_OUT_ACTION_MESSAGE);

function redirectError(url: string): unknown {
  try {
    redirect(url);
  } catch (error) {
    return error;
  }
  throw new Error('redirect() returned');
}

afterEach(() => vi.clearAllMocks());

describe('nextTransport', () => {
  it('reads the proxy’s 401 to a signed-out server action as signed out', async () => {
    for (const action of Object.values(actions)) action.mockRejectedValue(refused());
    expect(await nextTransport.checkSession()).toBe(false);
    expect(await nextTransport.getAuth({})).toEqual({ user: null });
    // "Sign in" on a protected page: load it again, the proxy sends it to sign-in.
    expect(await nextTransport.getAuth({ ensureSignedIn: true })).toEqual({
      user: null,
      signInUrl: window.location.href,
    });
    expect(await nextTransport.refreshAuth({ ensureSignedIn: true })).toMatchObject({
      signInUrl: window.location.href,
    });
    expect(await nextTransport.switchToOrganization('org_1', {})).toMatchObject({
      signInUrl: window.location.href,
    });
    expect(await nextTransport.getAccessToken()).toBeUndefined();
    expect(await nextTransport.refreshAccessToken()).toBeUndefined();
    expect(await nextTransport.getOrganization('org_1')).toBeNull();
    expect(await nextTransport.signOut({})).toBeUndefined();
  });

  it('other failures stay failures (offline is no verdict on the session)', async () => {
    actions.checkSessionAction.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(nextTransport.checkSession()).rejects.toThrow('Failed to fetch');
    actions.refreshAccessTokenAction.mockResolvedValue({
      accessToken: undefined,
      error: 'refused',
    });
    await expect(nextTransport.refreshAccessToken()).rejects.toThrow('refused');
  });

  it('follows a switch action that redirects (Next 16 rejects the call with the redirect)', async () => {
    const signIn = 'https://auth.example.com/user_management/authorize?organization_id=org_2';
    actions.switchToOrganizationAction.mockRejectedValue(redirectError(signIn));
    expect(await nextTransport.switchToOrganization('org_2', {})).toEqual({
      user: null,
      signInUrl: signIn,
    });
    actions.switchToOrganizationAction.mockResolvedValue({ user: null, signInUrl: signIn });
    expect(await nextTransport.switchToOrganization('org_2', { returnTo: '/x' })).toEqual({
      user: null,
      signInUrl: signIn,
    });
    expect(actions.switchToOrganizationAction).toHaveBeenLastCalledWith('org_2', {
      returnTo: '/x',
      revalidationStrategy: undefined,
      revalidationTags: undefined,
    });
  });
});
