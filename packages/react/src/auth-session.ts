import {
  AuthKitError,
  type ClientAuth,
  type SignedInClientAuth,
} from '@workos/authkit-session/client';
import { type PickedAuth, pickClientAuth } from './client-auth.js';
import { observable } from './observable.js';
import { createTokenKeeper, type TokenKeeper } from './token-keeper.js';
import type { AuthKitTransport, SwitchToOrganizationOptions } from './transport.js';

/** The provider's state: the auth (no tokens) and whether a server call is pending. */
export interface AuthSnapshot {
  auth: ClientAuth;
  loading: boolean;
}

/** The result of `refreshAuth()` and `switchToOrganization()` when the server refused. */
export interface AuthError {
  error: string;
}

/** The framework-free state machine behind `<AuthKitProvider>` (one per provider). */
export interface AuthSession {
  getSnapshot(): AuthSnapshot;
  subscribe(listener: () => void): () => void;
  /** Fetches the auth once when the provider had no `initialAuth`. */
  load(): void;
  getAuth(options?: { ensureSignedIn?: boolean }): Promise<void>;
  refreshAuth(options?: {
    ensureSignedIn?: boolean;
    organizationId?: string;
  }): Promise<AuthError | undefined>;
  switchToOrganization(
    organizationId: string,
    options?: SwitchToOrganizationOptions,
  ): Promise<SignedInClientAuth | AuthError>;
  signOut(options?: { returnTo?: string }): Promise<void>;
  /** Marks the browser signed out (the server said the session is gone). */
  expire(): void;
  /** Adopts a new `initialAuth` the server rendered with (a navigation, a refresh), if it differs. */
  sync(initialAuth: unknown): void;
  /** The access token keeper behind `useAccessToken()`. */
  tokens: TokenKeeper;
}

const signedOut: ClientAuth = { user: null };

const errorOf = (cause: unknown): AuthError => ({
  error: cause instanceof Error ? cause.message : String(cause),
});

function here(): string {
  return typeof window === 'undefined' ? '/' : window.location.pathname + window.location.search;
}

function navigate(url: string): void {
  if (typeof window !== 'undefined') window.location.assign(url);
}

function withoutToken({ accessToken: _token, ...auth }: PickedAuth): ClientAuth {
  return auth as ClientAuth;
}

/**
 * Creates the state behind one `<AuthKitProvider>`. `transport()` is read on every call, so a
 * provider may hand in new transport functions on each render.
 */
export function createAuthSession(
  transport: () => AuthKitTransport,
  initialAuth: unknown,
): AuthSession {
  const initial =
    initialAuth === undefined ? undefined : pickClientAuth(initialAuth, { accessToken: true });
  const store = observable<AuthSnapshot>({
    auth: initial ? withoutToken(initial) : signedOut,
    loading: initial === undefined,
  });
  let pending = initial === undefined ? 1 : 0;
  let started = false;
  let redirecting = false;
  const tokens = createTokenKeeper({
    fetch: () => transport().getAccessToken(),
    refresh: () => transport().refreshAccessToken(),
    initialToken: initial?.accessToken,
    signedIn: Boolean(initial?.user),
  });

  const emit = (next: Partial<AuthSnapshot>) => {
    store.set({ ...store.getSnapshot(), ...next });
  };
  const adopt = (answer: unknown): PickedAuth | 'redirect' => {
    const record = answer as { signInUrl?: unknown; error?: unknown } | null;
    if (record && typeof record.error === 'string') throw new AuthKitError(record.error);
    if (record && typeof record.signInUrl === 'string' && record.signInUrl) {
      redirecting = true;
      navigate(record.signInUrl);
      return 'redirect';
    }
    const picked = pickClientAuth(answer, { accessToken: true });
    const previous = store.getSnapshot().auth;
    emit({ auth: withoutToken(picked) });
    tokens.authChanged(picked, previous);
    return picked;
  };
  const track = async <T>(work: () => Promise<T>): Promise<T> => {
    pending += 1;
    if (!store.getSnapshot().loading) emit({ loading: true });
    try {
      return await work();
    } finally {
      pending -= 1;
      if (pending === 0 && !redirecting) emit({ loading: false });
    }
  };

  const session: AuthSession = {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    load() {
      if (started || initial !== undefined) return;
      started = true;
      pending -= 1;
      void session.getAuth();
    },
    getAuth: ({ ensureSignedIn = false } = {}) =>
      redirecting
        ? Promise.resolve()
        : track(async () => {
            try {
              adopt(await transport().getAuth({ ensureSignedIn, returnPathname: here() }));
            } catch {
              adopt(signedOut);
            }
          }),
    refreshAuth: ({ ensureSignedIn = false, organizationId } = {}) =>
      redirecting
        ? Promise.resolve(undefined)
        : track(async () => {
            try {
              const answer = await transport().refreshAuth({
                ensureSignedIn,
                organizationId,
                returnPathname: here(),
              });
              adopt(answer);
              return undefined;
            } catch (cause) {
              return errorOf(cause);
            }
          }),
    switchToOrganization: (organizationId, options = {}) =>
      track(async () => {
        try {
          const result = adopt(await transport().switchToOrganization(organizationId, options));
          if (result === 'redirect') return { error: 'Redirecting to sign in.' };
          if (!result.user) return { error: 'Not signed in.' };
          if (options.returnTo) navigate(options.returnTo);
          return withoutToken(result) as SignedInClientAuth;
        } catch (cause) {
          return errorOf(cause);
        }
      }),
    async signOut({ returnTo } = {}) {
      const url = await transport().signOut({ returnTo });
      emit({ auth: signedOut });
      tokens.authChanged({ user: null }, store.getSnapshot().auth);
      navigate(url ?? returnTo ?? '/');
    },
    expire() {
      if (!store.getSnapshot().auth.user) return;
      const previous = store.getSnapshot().auth;
      emit({ auth: signedOut });
      tokens.authChanged({ user: null }, previous);
    },
    sync(next) {
      if (next === undefined) return;
      const picked = pickClientAuth(next, { accessToken: true });
      const previous = store.getSnapshot().auth;
      if (JSON.stringify(withoutToken(picked)) !== JSON.stringify(previous)) {
        emit({ auth: withoutToken(picked), loading: pending > 0 });
      }
      tokens.authChanged(picked, previous);
    },
    tokens,
  };
  return session;
}
