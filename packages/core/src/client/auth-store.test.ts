import { describe, expect, it, vi } from 'vitest';
import { createAuthStore } from './auth-store.js';

type Auth = { user: string | null };
const signedOut: Auth = { user: null };

describe('createAuthStore', () => {
  it('starts from the initial auth without fetching', () => {
    const fetch = vi.fn(async () => ({ user: 'bob' }));
    const store = createAuthStore<Auth>({ initialAuth: { user: 'alice' }, fetch, signedOut });
    store.load();
    expect(store.getSnapshot()).toEqual({ user: 'alice' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('loads once when nothing is known, notifying subscribers', async () => {
    const fetch = vi.fn(async () => ({ user: 'alice' }));
    const store = createAuthStore<Auth>({ fetch, signedOut });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.getSnapshot()).toBeUndefined();
    store.load();
    store.load();
    await vi.waitFor(() => expect(store.getSnapshot()).toEqual({ user: 'alice' }));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set(signedOut);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('reads a failed first fetch as signed out; a failed refresh rejects and keeps the state', async () => {
    const store = createAuthStore<Auth>({
      fetch: async () => {
        throw new Error('offline');
      },
      signedOut,
    });
    store.load();
    await vi.waitFor(() => expect(store.getSnapshot()).toBe(signedOut));
    await expect(store.refresh()).rejects.toThrow('offline');
    expect(store.getSnapshot()).toBe(signedOut);
    expect(await store.refresh(async () => ({ user: 'carol' }))).toEqual({ user: 'carol' });
    expect(store.getSnapshot()).toEqual({ user: 'carol' });
  });
});
