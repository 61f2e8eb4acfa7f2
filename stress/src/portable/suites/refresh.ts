import { assert, assertEqual, defineSuite } from '../mini-test.js';
import { CookieJar, setCookiesOf } from '../support/cookie-jar.js';
import { EmulatorControls } from '../support/emulator-controls.js';
import { mintEmulatorSession } from '../support/mint.js';
import { emulatorAuthService } from '../support/service.js';
import { requestWith } from '../support/sign-in.js';

const REFRESH = { path: '/user_management/authenticate', grantType: 'refresh_token' };

/** withAuth refreshes an expired access token through WorkOS (the emulator) over fetch. */
export const refreshSuite = defineSuite('refresh', (test) => {
  test('an expired access token is refreshed once and the new cookie is returned', async (ctx) => {
    const controls = new EmulatorControls(ctx.emulatorUrl);
    const service = emulatorAuthService(ctx);
    const minted = await mintEmulatorSession(ctx, 'alice@example.com', -3600);
    const signedIn = { jar: new CookieJar().apply([`wos-session=${minted.sealed}`]) };
    const before = await controls.countCalls(REFRESH);
    const first = await service.withAuth(requestWith(signedIn.jar));
    assert(first.auth.user, `still signed in after refresh (got ${JSON.stringify(first.auth)})`);
    const lines = setCookiesOf(first.headers);
    assert(
      lines.some((l) => l.startsWith('wos-session')),
      'refreshed cookie returned',
    );
    assert(first.refreshedSessionData, 'refreshedSessionData set');
    assertEqual(await controls.countCalls(REFRESH), before + 1, 'one refresh call');
    signedIn.jar.apply(lines);
    const second = await service.withAuth(requestWith(signedIn.jar));
    assert(second.auth.user, 'signed in with the refreshed cookie');
    assertEqual(setCookiesOf(second.headers).length, 0, 'no further write');
    assertEqual(await controls.countCalls(REFRESH), before + 1, 'no second refresh');
  });
});
