import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
// The runtime exports of `@workos-inc/authkit-nextjs` 4.3's "." entry (from its .d.ts), but
// `StateSchema`, with their `typeof`. `CallbackError` is an 'object' here: a matcher (`instanceof`
// works; not constructible), a class there.
import ORIGINAL_RUNTIME_EXPORTS from './authkit-nextjs-runtime-exports.json' with { type: 'json' };
// Every type name of `@workos-inc/authkit-nextjs` 4.3's "." entry that this package offers: a
// missing one fails the typecheck. (Not offered, see docs/migrating-from-authkit-nextjs.md:
// `State`, `GetAuthURLResult` — the original's internal sealed-state format.)
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
  Ours.HandleAuthkitHeadersOptions,
  Ours.HandleAuthOptions,
  Ours.HandleAuthSuccessData,
  Ours.Impersonator,
  Ours.NoUserInfo,
  Ours.Session,
  Ours.SwitchToOrganizationOptions,
  Ours.UserInfo,
];

// The public surface: a change here is a visible diff in __snapshots__/exports.test.ts.snap
// (update it on purpose with `vitest -u` after an intended change).
describe('package exports', () => {
  it('has the entry points', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './client', './package.json']);
  });

  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
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
