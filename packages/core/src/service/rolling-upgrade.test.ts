import * as original from 'authkit-session-original';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthStateMismatchError, PKCECookieMissingError } from '../errors.js';
import {
  type Emulator,
  emulatorConfig,
  emulatorService,
  noRetryClient,
  startEmulator,
} from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { followToCallback } from '../test-support/sign-in.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';

/** A storage written for the genuine 0.7.1, over Fetch `Request`s. */
class OriginalFetchStorage extends original.CookieSessionStorage<Request, Response> {
  async getCookie(request: Request, name: string): Promise<string | null> {
    const pair = (request.headers.get('cookie') ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name}=`));
    return pair ? decodeURIComponent(pair.slice(name.length + 1)) : null;
  }
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());

/** An instance still running the genuine 0.7.1, same app config as ours. */
function originalService() {
  const ours = emulatorService(emulator);
  const config: original.AuthKitConfig = {
    ...(emulatorConfig(emulator) as original.AuthKitConfig),
    cookieName: 'wos-session',
    cookieMaxAge: 60 * 60 * 24 * 400,
  };
  const client = noRetryClient(ours.getConfig());
  const storage = new OriginalFetchStorage(config);
  return new original.AuthService(config, storage, client, original.sessionEncryption);
}

/** Starts a sign-in on 0.7.1 and lets the emulator redirect back to the callback. */
async function startOnOriginal() {
  const started = await originalService().createSignIn(undefined, {
    loginHint: 'alice@example.com',
    returnPathname: '/dashboard?tab=2',
    state: 'app-state-from-0.7',
  });
  return {
    started,
    ...(await followToCallback(started)),
  };
}

describe('rolling upgrade: a sign-in started on 0.7.1 completes on this version', () => {
  it("reads 0.7.1's state and verifier cookie, signs in and clears that cookie", async () => {
    const { started, callback, code, state, cookies } = await startOnOriginal();
    expect(state?.startsWith('Fe26.2*')).toBe(true);
    expect(started.cookieName).toBe(original.getPKCECookieNameForState(state ?? ''));

    const ours = emulatorService(emulator);
    const request = requestWithCookies(callback.toString(), cookies);
    const result = await ours.handleCallback(request, undefined, { code, state });
    expect(result.auth.user.email).toBe('alice@example.com');
    expect(result.returnPathname).toBe('/dashboard?tab=2');
    expect(result.state).toBe('app-state-from-0.7');
    const set = parseSetCookie(result.headers);
    expect(set.find((c) => c.name === started.cookieName)?.cleared).toBe(true);

    // Both versions read the session cookie ours wrote (the fleet is mixed for a while).
    const sessionCookie = cookieHeaderFrom(result.headers);
    const next = requestWithCookies('http://localhost:3000/', sessionCookie);
    expect((await ours.withAuth(next)).auth.user?.email).toBe('alice@example.com');
    expect((await originalService().withAuth(next)).auth.user?.email).toBe('alice@example.com');
  });

  it("AuthKitCore.verifyCallbackState opens 0.7.1's state as 0.7.1's own core does", async () => {
    const { started, state } = await startOnOriginal();
    const cookie = parseSetCookie(started.headers).find((c) => c.name === started.cookieName);
    const params = { stateFromUrl: state ?? undefined, cookieValue: cookie?.value };
    const { core } = emulatorService(emulator).getRuntime();
    const theirs = await new original.AuthKitCore(
      { ...(emulatorConfig(emulator) as original.AuthKitConfig) },
      noRetryClient(core.config),
      original.sessionEncryption,
    ).verifyCallbackState(params);
    expect(await core.verifyCallbackState(params)).toEqual(theirs);
    expect(theirs.returnPathname).toBe('/dashboard?tab=2');
    await expect(
      core.verifyCallbackState({ ...params, cookieValue: `${cookie?.value}x` }),
    ).rejects.toBeInstanceOf(OAuthStateMismatchError);
  });

  it('clearPendingVerifier(state) names the 0.7.1 cookie too', async () => {
    const { started, state } = await startOnOriginal();
    const { headers } = await emulatorService(emulator).clearPendingVerifier(undefined, { state });
    expect(parseSetCookie(headers).map((c) => c.name)).toEqual([started.cookieName]);
  });

  it('refuses a 0.7.1 state whose cookie is missing or holds another flow', async () => {
    const first = await startOnOriginal();
    const second = await startOnOriginal();
    const ours = emulatorService(emulator);
    const exchanges = () => emulator.calls({ path: '/user_management/authenticate' }).length;
    const before = exchanges();
    const missing = await ours
      .handleCallback(requestWithCookies(first.callback.toString()), undefined, first)
      .catch((e) => e);
    expect(missing).toBeInstanceOf(PKCECookieMissingError);

    // The second flow's cookie, renamed to the first flow's name: bytes differ from the state.
    const swapped = `${first.started.cookieName}=${encodeURIComponent(second.state ?? '')}`;
    const mismatch = await ours
      .handleCallback(requestWithCookies(first.callback.toString(), swapped), undefined, first)
      .catch((e) => e);
    expect(mismatch).toBeInstanceOf(OAuthStateMismatchError);
    expect(exchanges()).toBe(before);
  });
});
