import { defaultIds } from '@workos/authkit-emulator';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { setCookiesOf } from '../adapter-kit/set-cookie.js';
import { emulatorService, mintAgedSession } from '../test-support/emulator-service.js';
import { signIn } from '../test-support/sign-in.js';
import { type HeaderBag, setCookieLines, structuredCookie } from './header-bag.js';

const emulator = useTestEmulator();

/** Every `Set-Cookie` line of `bag` is one the core kept structured (a cookie store parses none). */
function expectStructured(bag: HeaderBag | undefined): void {
  const lines = setCookieLines(bag);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(structuredCookie(bag, line), line).toBeDefined();
  expect(setCookiesOf(bag).map((c) => c.name)).toEqual(lines.map((l) => l.split('=')[0]));
}

describe('the service answers with structured cookies end to end', () => {
  it('for a sign-in start, a callback, a refresh, an organization switch and a sign-out', async () => {
    const service = emulatorService(emulator);
    expectStructured((await service.createSignIn(undefined, {})).headers);
    const { result } = await signIn(service, { organizationId: defaultIds.acme });
    expectStructured(result.headers);

    const aged = await mintAgedSession(emulator, 3600);
    const refreshed = await service.withAuth(aged.request());
    expect(refreshed.auth.user).not.toBeNull();
    expectStructured(refreshed.headers);

    const switched = await service.switchToOrganization(result.auth, defaultIds.globex);
    if (switched.kind !== 'switched') throw new Error(`expected a switch, got ${switched.kind}`);
    expectStructured(switched.headers);

    const out = await service.signOut(result.auth.sessionId, {});
    expectStructured(out.headers);
  });
});
