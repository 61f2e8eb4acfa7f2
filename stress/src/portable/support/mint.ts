import { sessionEncryption } from '@workos/authkit-session';
import { EmulatorControls } from './emulator-controls.js';
import { type EmulatorTarget, TEST_COOKIE_PASSWORD } from './service.js';

/** The tokens and user WorkOS returned for a code exchange. */
export interface MintedSession {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string };
  sealed: string;
}

/**
 * A real emulator session for `email`, minted with the emulator's clock shifted by
 * `clockOffsetSeconds` (negative: an access token that is already expired, signed by the
 * emulator's real key, with a live refresh token), sealed with the test password.
 */
export async function mintEmulatorSession(
  target: EmulatorTarget,
  email = 'alice@example.com',
  clockOffsetSeconds = 0,
): Promise<MintedSession> {
  const controls = new EmulatorControls(target.emulatorUrl);
  const { code } = (await (
    await fetch(`${target.emulatorUrl}/__emulator/codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: email }),
    })
  ).json()) as { code: string };
  if (clockOffsetSeconds) await controls.settings({ clockOffsetSeconds });
  let body: { access_token: string; refresh_token: string; user: MintedSession['user'] };
  try {
    const response = await fetch(`${target.emulatorUrl}/user_management/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        client_id: target.clientId,
        client_secret: target.apiKey,
        code,
      }),
    });
    if (!response.ok)
      throw new Error(`code exchange failed: ${response.status} ${await response.text()}`);
    // text + JSON.parse: in the edge runtime, response.json() objects come from the host realm,
    // which iron-webcrypto refuses to seal (their prototype is not this realm's Object.prototype).
    body = JSON.parse(await response.text()) as typeof body;
  } finally {
    if (clockOffsetSeconds) await controls.settings({ clockOffsetSeconds: 0 });
  }
  const session = {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    user: body.user,
  };
  const sealed = await sessionEncryption.sealData(session, { password: TEST_COOKIE_PASSWORD });
  return { ...session, sealed };
}
