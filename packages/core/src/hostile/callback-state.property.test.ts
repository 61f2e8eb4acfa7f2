import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCookieHeader } from '../cookies/parse.js';
import { AuthKitError } from '../errors.js';
import { flowIdFromState } from '../pkce/flow.js';
import type { AuthService } from '../service/auth-service.js';
import { type Emulator, emulatorService, startEmulator } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { cookieHeaderFrom } from '../testing/set-cookie.js';

const RUNS = 1000;
const REFUSALS = new Set(['oauth_state_mismatch', 'pkce_cookie_missing']);

let emulator: Emulator;
let service: AuthService<Request, Response>;
let flow: {
  cookieName: string;
  cookieValue: string;
  cookieHeader: string;
  code: string;
  state: string;
  url: URL;
};

beforeAll(async () => {
  emulator = await startEmulator();
  service = emulatorService(emulator);
  const started = await service.createSignIn(undefined, {
    loginHint: 'alice@example.com',
    returnPathname: '/x',
  });
  const location = new URL(
    (await fetch(started.url, { redirect: 'manual' })).headers.get('location')!,
  );
  const cookieHeader = cookieHeaderFrom(started.headers);
  flow = {
    cookieName: started.cookieName,
    cookieValue: cookieHeader.slice(cookieHeader.indexOf('=') + 1),
    cookieHeader,
    code: location.searchParams.get('code')!,
    state: location.searchParams.get('state')!,
    url: location,
  };
});

afterAll(async () => {
  await emulator?.stop();
});

async function outcome(
  cookieHeader: string,
  state: string | null,
  code: string | null = flow.code,
) {
  try {
    await service.handleCallback(requestWithCookies(flow.url.toString(), cookieHeader), undefined, {
      code,
      state,
    });
    return 'signed in';
  } catch (error) {
    if (!(error instanceof AuthKitError))
      return `untyped ${(error as Error)?.name}: ${(error as Error)?.message}`;
    return error.code;
  }
}

function mutate(value: string) {
  return fc.oneof(
    fc
      .tuple(fc.nat(value.length - 1), fc.constantFrom(...'aZ09._-~*'))
      .map(([at, c]) => `${value.slice(0, at)}${c}${value.slice(at + 1)}`),
    fc.nat(value.length - 1).map((n) => value.slice(0, n)),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }).map((s) => `${value}${s}`),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constant(value.toUpperCase()),
  );
}

describe('callback state and verifier checks under hostile input', () => {
  it(`flowIdFromState never throws and only names well-formed flows (${RUNS * 5} cases)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 5000 }), mutate(flow.state)),
        (state) => {
          const flowId = flowIdFromState(state);
          if (flowId !== null) expect(state.startsWith(`${flowId}`)).toBe(true);
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it(`refuses every altered state with a typed error before exchanging the code (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutate(flow.state), async (state) => {
        fc.pre(state !== flow.state);
        expect(REFUSALS.has(await outcome(flow.cookieHeader, state))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`refuses every altered verifier cookie with a typed error (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(mutate(flow.cookieValue), async (value) => {
        // Only bytes an HTTP header can carry: a Request with NUL or CR/LF cannot reach the app.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: excluding control characters is the point
        fc.pre(!/[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/.test(value));
        // The same authentic seal without its optional `~2` version suffix is still ours.
        const authentic = [flow.cookieValue, flow.cookieValue.replace(/~2$/, '')];
        const asRead = parseCookieHeader(`${flow.cookieName}=${value}`)[flow.cookieName];
        fc.pre(asRead === undefined || !authentic.includes(asRead));
        expect(REFUSALS.has(await outcome(`${flow.cookieName}=${value}`, flow.state))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses a missing state, a null state and another flow's state", async () => {
    const other = await service.createSignIn(undefined, {});
    const otherState = new URL(other.url).searchParams.get('state');
    expect(await outcome(flow.cookieHeader, null)).toBe('oauth_state_mismatch');
    expect(await outcome(flow.cookieHeader, '')).toBe('oauth_state_mismatch');
    expect(REFUSALS.has(await outcome(flow.cookieHeader, otherState))).toBe(true);
    expect(REFUSALS.has(await outcome(cookieHeaderFrom(other.headers), flow.state))).toBe(true);
  });

  it('still completes the untouched flow afterwards: no refusal consumed the code', async () => {
    expect(await emulator.calls({ grantType: 'authorization_code' })).toHaveLength(0);
    expect(await outcome(flow.cookieHeader, flow.state)).toBe('signed in');
    expect(await outcome(flow.cookieHeader, flow.state)).toBe('auth_callback_failed');
  });
});
