import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { createAuthService } from '@workos/authkit-session';
import { WorkOS } from '@workos-inc/node';
import { beforeEach, describe, expect, it } from 'vitest';
import { RequestCookieStorage } from '../portable/support/request-storage.js';
import { TEST_COOKIE_PASSWORD, TEST_REDIRECT_URI } from '../portable/support/service.js';
import { browserWith, freshService, REFRESH_CALLS, visit } from './harness.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });
beforeEach(() => {
  emulator.clearFaults();
  emulator.clearCalls();
});

const AUTH = '/user_management/authenticate';
/** What a visit shows when the session has ended: signed out, the cookie cleared. */
const SIGNED_OUT_AND_CLEARED = { signedIn: false, reason: 'session_expired', cleared: true };
// One call plus the core's default apiMaxRetries (1): the fault outlasts exactly one withAuth call.
const OUTLASTING = 2;
const faults = {
  'WorkOS 500': { status: 500 },
  'WorkOS 503': { status: 503 },
  '429 with Retry-After: 1': { status: 429, retryAfter: 1 },
  'connection reset': { reset: true },
} as const;

// A short cool-down keeps the suite fast; the cool-down itself is asserted below.
const COOLDOWN = { refreshCooldownSeconds: 1 };
const waitOutCooldown = () => new Promise((resolve) => setTimeout(resolve, 1100));

type RefreshFault = Omit<Parameters<typeof emulator.injectFault>[0], 'path' | 'grantType'>;
/** Makes WorkOS answer the next refresh-token grants with `fault`. */
const refreshFault = (fault: RefreshFault) =>
  emulator.injectFault({ path: AUTH, grantType: 'refresh_token', ...fault });

/** A fresh service, a browser holding a session in `state`, then `fault` on the refresh grant. */
async function faultedRefresh(
  state: 'expiring' | 'expired',
  fault: RefreshFault,
  options?: Parameters<typeof freshService>[1],
) {
  const fresh = freshService(emulator, options);
  const browser = await browserWith(emulator, state);
  refreshFault(fault);
  return { ...fresh, ...browser };
}

describe.each(Object.entries(faults))('%s during refresh', (_name, fault) => {
  it('keeps an expiring-but-valid session signed in, clears nothing, backs off, and refreshes once WorkOS recovers', async () => {
    const { service, errors, jar } = await faultedRefresh(
      'expiring',
      { times: OUTLASTING, ...fault },
      COOLDOWN,
    );
    const during = await visit(service, jar);
    expect(during).toMatchObject({ signedIn: true, wroteSession: false, cleared: false });
    expect(errors.map((e) => e.code)).toContain('session_refresh_failed');
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(OUTLASTING);

    // Inside the cool-down the still-valid token is used without calling WorkOS again.
    expect(await visit(service, jar)).toMatchObject({
      signedIn: true,
      wroteSession: false,
      cleared: false,
    });
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(OUTLASTING);

    await waitOutCooldown();
    const after = await visit(service, jar);
    expect(after).toMatchObject({ signedIn: true, wroteSession: true, cleared: false });
    jar.apply(after.lines);
    expect(await visit(service, jar)).toMatchObject({ signedIn: true, wroteSession: false });
  }, 30_000);

  it('answers "signed out for now" for an expired session without clearing it; the next request after recovery refreshes', async () => {
    const { service, jar } = await faultedRefresh(
      'expired',
      { times: OUTLASTING, ...fault },
      COOLDOWN,
    );
    const during = await visit(service, jar);
    expect(during).toMatchObject({
      signedIn: false,
      reason: 'refresh_unavailable',
      cleared: false,
      wroteSession: false,
    });
    // A 429 asked for a wait: the expired session is not refreshed again before it is over
    // (a replayed cookie must not spend the rate limit); other faults retry at once.
    if ('retryAfter' in fault) {
      expect(await visit(service, jar)).toMatchObject({ signedIn: false, cleared: false });
      await waitOutCooldown();
    }

    const after = await visit(service, jar);
    expect(after).toMatchObject({ signedIn: true, wroteSession: true, cleared: false });
  }, 30_000);
});

describe('the refresh cool-down at its default', () => {
  it('after a failed proactive refresh, further requests in the next seconds do not call WorkOS', async () => {
    const { service, jar } = await faultedRefresh('expiring', { times: OUTLASTING, status: 503 });
    for (let i = 0; i < 10; i++) {
      expect(await visit(service, jar)).toMatchObject({
        signedIn: true,
        cleared: false,
        wroteSession: false,
      });
    }
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(OUTLASTING);
  });
});

describe('faults the SDK absorbs', () => {
  it('one 503 is retried by the SDK: the user never notices', async () => {
    const { service, jar } = await faultedRefresh('expired', { status: 503, times: 1 });
    expect(await visit(service, jar)).toMatchObject({ signedIn: true, wroteSession: true });
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(2);
  });

  it('a 429 with Retry-After: 1 is retried after the delay WorkOS asked for', async () => {
    const { service, jar } = await faultedRefresh('expired', {
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    const started = Date.now();
    expect(await visit(service, jar)).toMatchObject({ signedIn: true, wroteSession: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('timeouts during refresh', () => {
  const shortTimeout = (config: {
    apiKey: string;
    clientId: string;
    apiHostname: string;
    apiPort?: number;
  }) =>
    new WorkOS(config.apiKey, {
      clientId: config.clientId,
      apiHostname: config.apiHostname,
      https: false,
      ...(config.apiPort ? { port: config.apiPort } : {}),
      timeout: 300,
      maxRetries: 0,
    });

  it('a slow WorkOS (delay below the timeout) still refreshes', async () => {
    const { service, jar } = await faultedRefresh('expired', { delayMs: 400, times: 1 });
    expect(await visit(service, jar)).toMatchObject({ signedIn: true, wroteSession: true });
  });

  function shortTimeoutService() {
    return createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new RequestCookieStorage(config),
      clientFactory: (config) => shortTimeout(config),
      config: {
        refreshCooldownSeconds: 0,
        clientId: emulator.clientId,
        apiKey: emulator.apiKey,
        redirectUri: TEST_REDIRECT_URI,
        cookiePassword: TEST_COOKIE_PASSWORD,
        apiHostname: '127.0.0.1',
        apiPort: emulator.port,
        apiHttps: false,
      },
    });
  }

  async function timeOutOnce(state: 'expiring' | 'expired', processed: boolean) {
    const service = shortTimeoutService();
    const { jar } = await browserWith(emulator, state);
    // processed: WorkOS handles the call after the client gave up (the rotated token is lost);
    // otherwise the connection is dropped unanswered and unprocessed.
    refreshFault({ delayMs: 600, times: 1, ...(processed ? {} : { reset: true }) });
    const during = await visit(service, jar);
    expect(during).toMatchObject({
      signedIn: state === 'expiring',
      cleared: false,
      wroteSession: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    return visit(service, jar);
  }

  it.each(['expiring', 'expired'] as const)(
    'a timed-out refresh WorkOS never processed keeps an %s session, clears nothing, and the next request recovers',
    async (state) => {
      expect(await timeOutOnce(state, false)).toMatchObject({
        signedIn: true,
        wroteSession: true,
        cleared: false,
      });
    },
  );

  it.each(['expiring', 'expired'] as const)(
    'a timed-out refresh WorkOS did process: with the replay grace window on, the next request recovers (%s)',
    async (state) => {
      emulator.setRefreshGrace(10);
      try {
        expect(await timeOutOnce(state, true)).toMatchObject({
          signedIn: true,
          wroteSession: true,
          cleared: false,
        });
      } finally {
        emulator.setRefreshGrace(0);
      }
    },
  );

  it('a timed-out refresh WorkOS did process: with the grace window off, the rotated token is lost and the next request signs out cleanly', async () => {
    expect(await timeOutOnce('expired', true)).toMatchObject(SIGNED_OUT_AND_CLEARED);
  });
});

describe('terminal refresh failures', () => {
  it('invalid_grant (session revoked at WorkOS) signs out cleanly and clears the cookie', async () => {
    const { service } = freshService(emulator);
    const { jar, minted } = await browserWith(emulator, 'expired');
    const sid = JSON.parse(
      atob(minted.accessToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')),
    ).sid;
    emulator.revokeSession(sid);
    expect(await visit(service, jar)).toMatchObject(SIGNED_OUT_AND_CLEARED);
  });

  it('an injected invalid_grant answer signs an expired session out cleanly and clears the cookie', async () => {
    const { service } = freshService(emulator);
    const { jar } = await browserWith(emulator, 'expired');
    injectInvalidGrant();
    expect(await visit(service, jar)).toMatchObject(SIGNED_OUT_AND_CLEARED);
  });

  it('invalid_grant on a proactive refresh keeps the still-valid token until it expires, clearing nothing', async () => {
    const { service } = freshService(emulator);
    const { jar } = await browserWith(emulator, 'expiring');
    injectInvalidGrant();
    expect(await visit(service, jar)).toMatchObject({
      signedIn: true,
      cleared: false,
      wroteSession: false,
    });
  });
});

const INVALID_GRANT = { error: 'invalid_grant', error_description: 'Session has already ended.' };

/** The next refresh is answered WorkOS's `invalid_grant` (the session has ended). */
function injectInvalidGrant() {
  refreshFault({ status: 400, body: INVALID_GRANT });
}
