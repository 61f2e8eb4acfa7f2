import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import type * as Ours from './index.js';

// The public surface: a change here is a visible diff in __snapshots__/exports.test.ts.snap
// (update it on purpose with `vitest -u` after an intended change).
describe('package exports', () => {
  it('has the entry points', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './client', './package.json']);
  });

  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
  });
});

// The anchor (@workos/authkit-tanstack-react-start 0.11, installed for compat/) as the yardstick.
const anchorEntry = new URL(
  '../../../compat/tanstack-react-start/node_modules/@workos/authkit-tanstack-react-start/dist/index.js',
  import.meta.url,
);

describe('parity with @workos/authkit-tanstack-react-start 0.11 (".")', () => {
  it.runIf(existsSync(anchorEntry))('offers every runtime export of the anchor', async () => {
    const anchor = Object.keys(await import(pathToFileURL(anchorEntry.pathname).href));
    const ours = new Set(Object.keys(await import('./index.js')));
    expect(anchor.length).toBeGreaterThan(20);
    expect(anchor.filter((name) => !ours.has(name))).toEqual([]);
  });

  it('offers every type the anchor exports', () => {
    // Each name must exist (this file does not compile otherwise).
    type Names = [
      Ours.AuthKitContext,
      Ours.AuthKitMiddlewareOptions,
      Ours.AuthResult,
      Ours.AuthService<Request, Response>,
      Ours.BaseTokenClaims,
      Ours.CustomClaims,
      Ours.GetAuthURLOptions,
      Ours.HandleAuthSuccessData,
      Ours.HandleCallbackOptions,
      Ours.Impersonator,
      Ours.NoUserInfo,
      Ours.OauthTokens,
      Ours.OrganizationInfo,
      Ours.Session,
      Ours.User,
      Ours.UserInfo,
    ];
    expectTypeOf<Names>().toBeArray();
    expectTypeOf<Ours.NoUserInfo['user']>().toEqualTypeOf<null>();
    expectTypeOf<Ours.UserInfo['accessToken']>().toEqualTypeOf<string>();
    expectTypeOf<Ours.HandleCallbackOptions['errorRedirectUrl']>().toEqualTypeOf<
      string | undefined
    >();
  });
});
