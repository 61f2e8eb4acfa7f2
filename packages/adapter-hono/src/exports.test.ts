import { describe, expect, it } from 'vitest';

// The public surface: a change here is a visible diff. Edit the list after an intended change.
describe('package exports', () => {
  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'HonoCookieSessionStorage',
      'authkit',
      'authkitFor',
      'authkitRoutes',
      'callbackHandler',
      'checkRecentAuth',
      'defaultErrorPage',
      'envFor',
      'getApiKey',
      'getAuth',
      'getAuthKit',
      'requireApiKey',
      'requireAuth',
      'requireRecentAuth',
      'signInHandler',
      'signOutHandler',
      'signUpHandler',
      'signedOutResponse',
      'switchOrganizationHandler',
    ]);
  });
});
