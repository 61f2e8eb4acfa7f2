import { defaultIds } from '@workos/authkit-emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OrganizationSwitchError } from '../errors.js';
import { type Emulator, emulatorService, startEmulator } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';
import { signInRequirement } from './switch-to-organization.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => {
  emulator.clearFaults();
  emulator.clearCalls();
});

const AUTHENTICATE = '/user_management/authenticate';

/** WorkOS's refusals of a refresh into an organization, as the API sends them. */
const refusals = {
  sso_required: {
    status: 400,
    body: {
      error: 'sso_required',
      error_description: 'User must authenticate using one of the matching connections.',
      connection_ids: ['conn_01GLOBEX'],
      email: 'alice@example.com',
      pending_authentication_token: 'pat_sso',
    },
  },
  mfa_enrollment: {
    status: 403,
    body: {
      code: 'mfa_enrollment',
      message: 'The user must enroll in MFA to finish authenticating.',
      pending_authentication_token: 'pat_mfa',
    },
  },
  authkit_redirect: {
    status: 400,
    body: {
      error: 'invalid_grant',
      error_description: 'Re-authentication is required for this organization.',
      authkit_redirect_url: 'https://auth.example.com/sign-in?organization_id=org_x',
    },
  },
} as const;

describe('switchToOrganization', () => {
  it('switches like switchOrganization when WorkOS agrees', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service, { organizationId: defaultIds.acme });
    const switched = await service.switchToOrganization(result.auth, defaultIds.globex);
    expect(switched.kind).toBe('switched');
    if (switched.kind !== 'switched') return;
    expect(switched.auth.organizationId).toBe(defaultIds.globex);
    const { auth } = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeaderFrom(switched.headers)),
    );
    expect(auth.user ? auth.organizationId : null).toBe(defaultIds.globex);
  });

  it.each(Object.entries(refusals))(
    '%s: answers a sign-in for that organization instead of throwing',
    async (reason, refusal) => {
      const service = emulatorService(emulator);
      const { result } = await signIn(service, { organizationId: defaultIds.acme });
      emulator.injectFault({ path: AUTHENTICATE, method: 'POST', ...refusal, times: 1 });
      const answer = await service.switchToOrganization(result.auth, defaultIds.globex, {
        returnPathname: '/account',
      });
      expect(answer).toMatchObject({
        kind: 'sign_in_required',
        reason,
        organizationId: defaultIds.globex,
      });
      if (answer.kind !== 'sign_in_required') return;
      // The app's own PKCE sign-in (never WorkOS's redirect URL), for that organization and user.
      const url = new URL(answer.url);
      expect(url.origin).toBe(emulator.url);
      expect(url.searchParams.get('organization_id')).toBe(defaultIds.globex);
      expect(url.searchParams.get('login_hint')).toBe('alice@example.com');
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
      const [verifier] = parseSetCookie(answer.headers);
      expect(verifier?.name).toBe(answer.cookieName);
      expect(verifier?.httpOnly).toBe(true);

      // Completing that sign-in lands in the organization and returns to the page asked for.
      const redirect = await fetch(answer.url, { redirect: 'manual' });
      const callback = new URL(redirect.headers.get('location') ?? '');
      const done = await service.handleCallback(
        requestWithCookies(callback.toString(), cookieHeaderFrom(answer.headers)),
        undefined,
        { code: callback.searchParams.get('code'), state: callback.searchParams.get('state') },
      );
      expect(done.auth.organizationId).toBe(defaultIds.globex);
      expect(done.returnPathname).toBe('/account');
    },
  );

  it('the current session stays good after a sign-in-required answer', async () => {
    const service = emulatorService(emulator);
    const { result, cookieHeader } = await signIn(service, { organizationId: defaultIds.acme });
    emulator.injectFault({
      path: AUTHENTICATE,
      method: 'POST',
      ...refusals.sso_required,
      times: 1,
    });
    const answer = await service.switchToOrganization(result.auth, defaultIds.globex);
    expect(answer.kind).toBe('sign_in_required');
    const { auth, headers } = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeader),
    );
    expect(auth.user ? auth.organizationId : null).toBe(defaultIds.acme);
    expect(headers).toBeUndefined();
  });

  it('other refusals still throw OrganizationSwitchError (not a member)', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service, { loginHint: 'bob@example.com' });
    const attempt = service.switchToOrganization(result.auth, defaultIds.globex);
    await expect(attempt).rejects.toBeInstanceOf(OrganizationSwitchError);
    await expect(attempt).rejects.toMatchObject({ terminal: false });
  });

  it('a dead session still throws a terminal OrganizationSwitchError', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    emulator.revokeSession(result.auth.sessionId);
    const attempt = service.switchToOrganization(result.auth, defaultIds.globex);
    await expect(attempt).rejects.toMatchObject({
      code: 'organization_switch_failed',
      terminal: true,
    });
  });
});

describe('signInRequirement', () => {
  it('reads the SDK exception through the cause chain, and nothing else', () => {
    const sdk = Object.assign(new Error('sso'), { error: 'sso_required' });
    const wrapped = new Error('outer', { cause: new Error('middle', { cause: sdk }) });
    expect(signInRequirement(wrapped)).toBe('sso_required');
    expect(signInRequirement({ code: 'mfa_enrollment' })).toBe('mfa_enrollment');
    expect(signInRequirement({ rawData: { authkit_redirect_url: 'https://x' } })).toBe(
      'authkit_redirect',
    );
    expect(signInRequirement({ error: 'invalid_grant' })).toBeNull();
    expect(signInRequirement({ code: 'mfa_challenge' })).toBeNull();
    expect(signInRequirement(null)).toBeNull();
  });
});
