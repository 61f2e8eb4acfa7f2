import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
// The runtime exports of `@workos-inc/authkit-nextjs` 4.3's "." entry (from its .d.ts), with
// their `typeof`. `CallbackError` is an 'object' here: a matcher (`instanceof` works; not
// constructible), a class there.
import ORIGINAL_RUNTIME_EXPORTS from './authkit-nextjs-runtime-exports.json' with { type: 'json' };
// Every type name of `@workos-inc/authkit-nextjs` 4.3's "." entry that this package offers: a
// missing one fails the typecheck. None is left out.
import type * as Ours from './index.js';

export type OriginalTypeNames = [
  Ours.AccessToken,
  Ours.AuthkitHeadersResult,
  Ours.AuthkitMiddlewareAuth,
  Ours.AuthkitMiddlewareOptions,
  Ours.AuthkitOptions,
  Ours.AuthkitRedirectStatus,
  Ours.AuthkitRequestHeader,
  Ours.AuthkitResponse,
  Ours.CallbackErrorCode,
  Ours.CallbackErrorContext,
  Ours.CookieOptions,
  Ours.GetAuthURLOptions,
  Ours.GetAuthURLResult,
  Ours.HandleAuthkitHeadersOptions,
  Ours.HandleAuthOptions,
  Ours.HandleAuthSuccessData,
  Ours.Impersonator,
  Ours.NoUserInfo,
  Ours.Session,
  Ours.State,
  Ours.SwitchToOrganizationOptions,
  Ours.UserInfo,
];

// The public surface: a change here is a visible diff in __snapshots__/exports.test.ts.snap
// (update it on purpose with `vitest -u` after an intended change).
describe('package exports', () => {
  it('has the entry points', () => {
    expect(Object.keys(manifest.exports)).toEqual([
      '.',
      './client',
      './instrumentation',
      './package.json',
    ]);
  });

  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
  });

  it('leaves out no runtime export of @workos-inc/authkit-nextjs 4.3', async () => {
    const ours = await import('./index.js');
    expect(Object.keys(ORIGINAL_RUNTIME_EXPORTS).filter((name) => !(name in ours))).toEqual([]);
  });

  it('StateSchema is a valibot object schema of the original state shape', async () => {
    const { StateSchema } = await import('./index.js');
    const state = { nonce: 'n', codeVerifier: 'c', returnPathname: '/x', extra: 1 };
    expect(v.parse(StateSchema, state)).toEqual({
      nonce: 'n',
      codeVerifier: 'c',
      returnPathname: '/x',
    });
    expect(v.safeParse(StateSchema, { nonce: 'n' }).success).toBe(false);
    expect(
      v.safeParse(StateSchema, { nonce: 'n', codeVerifier: 'c', customState: 2 }).success,
    ).toBe(false);
    expect(() => v.parse(StateSchema, 'sealed')).toThrow(v.ValiError);
    expect(Object.keys(StateSchema.entries)).toEqual([
      'nonce',
      'customState',
      'returnPathname',
      'codeVerifier',
    ]);
    expectTypeOf<Ours.State>().toEqualTypeOf<{
      nonce: string;
      customState?: string | undefined;
      returnPathname?: string | undefined;
      codeVerifier: string;
    }>();
    expectTypeOf<Ours.GetAuthURLResult>().toEqualTypeOf<{ url: string; sealedState: string }>();
  });

  it('offers every runtime export of @workos-inc/authkit-nextjs 4.3 under the same name', async () => {
    const ours = (await import('./index.js')) as Record<string, unknown>;
    const kinds = Object.fromEntries(
      Object.keys(ORIGINAL_RUNTIME_EXPORTS).map((name) => [name, typeof ours[name]]),
    );
    expect(kinds).toEqual(ORIGINAL_RUNTIME_EXPORTS);
    expect(ours.AUTHKIT_REQUEST_HEADERS).toEqual([
      'x-workos-middleware',
      'x-url',
      'x-redirect-uri',
      'x-sign-up-paths',
      'x-workos-session',
    ]);
  });
});
