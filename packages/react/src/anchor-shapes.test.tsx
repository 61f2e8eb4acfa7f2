import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AuthContextType,
  type AuthKitProviderProps,
  Impersonation,
  type ImpersonationProps,
  type JWTPayload,
  type TokenClaims,
  type UseAccessTokenReturn,
  type useAccessToken,
  useAuth,
  type useRecentAuth,
  type useTokenClaims,
} from './index.js';

const guardedAuth = () => useAuth({ ensureSignedIn: true });

// Code written against WorkOS's adapters (`@workos-inc/authkit-nextjs/components`,
// `@workos/authkit-tanstack-react-start/client`) must compile against these exports: the
// signatures below are the anchors' public shapes (checked by `tsc`, run by `pnpm typecheck`).
describe("the anchors' props and return shapes", () => {
  it('useAuth and AuthContextType', () => {
    expectTypeOf<AuthContextType>().toHaveProperty('user');
    expectTypeOf<AuthContextType['sessionId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AuthContextType['organizationId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AuthContextType['role']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AuthContextType['roles']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<AuthContextType['permissions']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<AuthContextType['entitlements']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<AuthContextType['featureFlags']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<AuthContextType['loading']>().toEqualTypeOf<boolean>();
    expectTypeOf<AuthContextType['getAuth']>().toEqualTypeOf<
      (options?: { ensureSignedIn?: boolean }) => Promise<void>
    >();
    expectTypeOf<AuthContextType['signOut']>().toEqualTypeOf<
      (options?: { returnTo?: string }) => Promise<void>
    >();
    // refreshAuth({ ensureSignedIn, organizationId }) resolves nothing or { error }.
    expectTypeOf<AuthContextType['refreshAuth']>()
      .parameter(0)
      .toEqualTypeOf<{ ensureSignedIn?: boolean; organizationId?: string } | undefined>();
    expectTypeOf<Awaited<ReturnType<AuthContextType['refreshAuth']>>>().toEqualTypeOf<
      { error: string } | undefined
    >();
    // switchToOrganization(id, { returnTo, revalidationStrategy, revalidationTags }).
    const switchTo: AuthContextType['switchToOrganization'] = async () => ({ error: 'x' });
    void switchTo('org_1', { returnTo: '/', revalidationStrategy: 'tag', revalidationTags: ['t'] });
    expectTypeOf<Awaited<ReturnType<AuthContextType['switchToOrganization']>>>().toExtend<
      { error: string } | { user: object; organizationId?: string }
    >();
    // useAuth({ ensureSignedIn: true }): `loading === false` narrows `user` to a User.
    const emailOf = (auth: ReturnType<typeof guardedAuth>) =>
      auth.loading ? null : auth.user.email;
    expectTypeOf(emailOf).returns.toEqualTypeOf<string | null>();
    expect(true).toBe(true);
  });

  it('AuthKitProvider props, useAccessToken, useTokenClaims, useRecentAuth, Impersonation', () => {
    expectTypeOf<AuthKitProviderProps['onSessionExpired']>().toEqualTypeOf<
      false | (() => void) | undefined
    >();
    // The anchors' initialAuth shapes are accepted: signed out with or without the optional fields.
    expectTypeOf<{ user: null }>().toExtend<NonNullable<AuthKitProviderProps['initialAuth']>>();
    expectTypeOf<ReturnType<typeof useAccessToken>>().toEqualTypeOf<UseAccessTokenReturn>();
    expectTypeOf<UseAccessTokenReturn>().toEqualTypeOf<{
      accessToken: string | undefined;
      loading: boolean;
      error: Error | null;
      refresh: () => Promise<string | undefined>;
      getAccessToken: () => Promise<string | undefined>;
    }>();
    expectTypeOf<ReturnType<typeof useTokenClaims<{ custom: string }>>>().toEqualTypeOf<
      TokenClaims<{ custom: string }>
    >();
    expectTypeOf<TokenClaims<{ custom: string }>['custom']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<JWTPayload['sid']>().toEqualTypeOf<string>();
    expectTypeOf<JWTPayload['auth_time']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ReturnType<typeof useRecentAuth>>().toEqualTypeOf<
      | { readonly loading: true; readonly authenticatedAt: undefined; readonly isStale: undefined }
      | { readonly loading: false; readonly authenticatedAt: null; readonly isStale: true }
      | { readonly loading: false; readonly authenticatedAt: Date; readonly isStale: boolean }
    >();
    expectTypeOf<ImpersonationProps['side']>().toEqualTypeOf<'top' | 'bottom' | undefined>();
    expectTypeOf<ImpersonationProps['returnTo']>().toEqualTypeOf<string | undefined>();
    // Other <div> props pass through.
    const banner = <Impersonation side="top" returnTo="/" className="banner" id="imp" />;
    expect(banner.props).toMatchObject({ side: 'top', className: 'banner' });
  });
});
