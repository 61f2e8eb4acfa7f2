import { parseSetCookieLine } from '@authkit-internal/conformance';
import { defaultIds, defaultSeed, type Seed } from '@workos/authkit-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './test-support/app.js';
import { browserFor, type Emulator, startTestEmulator } from './test-support/harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());

/** The default seed with Globex enforcing a sign-in policy. */
function seedWithGlobex(policy: Policy): Seed {
  return {
    ...defaultSeed,
    organizations: (defaultSeed.organizations ?? []).map((org) =>
      org.id === defaultIds.globex ? { ...org, ...policy } : org,
    ),
  };
}

type Policy = { ssoConnectionIds?: string[]; requireMfa?: boolean };
const cases: Array<[string, Policy]> = [
  ['sso_required', { ssoConnectionIds: ['conn_01GLOBEXSSO'] }],
  ['mfa_enrollment', { requireMfa: true }],
];

describe.each(cases)('switching to an organization that answers %s', (_reason, policy) => {
  it('redirects (303) to sign in into that organization, keeping the current session', async () => {
    emulator.reset(seedWithGlobex(policy));
    const browser = browserFor(createTestApp(), emulator);
    await browser.navigate(`/login?returnPathname=/account`);
    const session = browser.jar.get('wos-session');
    expect(session).toBeTruthy();
    const response = await browser.sendForm('/switch-organization', {
      organizationId: defaultIds.globex,
      returnPathname: '/account',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe('/user_management/authorize');
    expect(location.searchParams.get('organization_id')).toBe(defaultIds.globex);
    expect(location.searchParams.get('login_hint')).toBe('alice@example.com');
    const lines = response.headers.getSetCookie().map(parseSetCookieLine);
    expect(lines.some((c) => c.name.startsWith('wos-auth-verifier') && !c.deletes)).toBe(true);
    expect(lines.some((c) => c.name === 'wos-session')).toBe(false);
    expect(browser.jar.get('wos-session')).toBe(session);
    const me = await browser.getJson('/api/me');
    expect(me.json).toMatchObject({ organizationId: defaultIds.acme });
  });
});
