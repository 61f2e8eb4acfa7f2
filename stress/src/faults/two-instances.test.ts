import type { Emulator } from '@workos/authkit-emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserWith, freshService, REFRESH_CALLS, startFaultEmulator, visit } from './harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startFaultEmulator();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  emulator.clearCalls();
  emulator.setRefreshGrace(0);
});

/** The same browser hits two app instances (separate caches, no shared single flight) at once. */
async function raceTwoInstances(state: 'expired' | 'expiring') {
  const a = freshService(emulator);
  const b = freshService(emulator);
  const { jar } = await browserWith(emulator, state);
  const [first, second] = await Promise.all([visit(a.service, jar), visit(b.service, jar)]);
  return { jar, outcomes: [first, second], services: [a.service, b.service] };
}

describe('two AuthService instances refreshing one session at once', () => {
  it('grace window on: both instances refresh, both users stay signed in, and either cookie works', async () => {
    emulator.setRefreshGrace(10);
    const { jar, outcomes, services } = await raceTwoInstances('expired');
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(2);
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ signedIn: true, wroteSession: true, cleared: false });
    }
    // Whichever Set-Cookie the browser keeps last, the next request is signed in.
    for (const outcome of outcomes) {
      const browser = jar.clone().apply(outcome.lines);
      for (const service of services) expect((await visit(service, browser)).signedIn).toBe(true);
    }
    const sids = outcomes.map((o) => (o.result.auth.user ? o.result.auth.sessionId : null));
    expect(sids[0]).toBe(sids[1]);
  });

  it('grace window off, expired token: exactly one instance wins; the other signs out and clears (WorkOS refuses the replay)', async () => {
    const { outcomes } = await raceTwoInstances('expired');
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(2);
    const winners = outcomes.filter((o) => o.signedIn);
    const losers = outcomes.filter((o) => !o.signedIn);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ wroteSession: true, cleared: false });
    expect(losers).toHaveLength(1);
    expect(losers[0]).toMatchObject({ reason: 'session_expired', cleared: true });
  });

  it('grace window off, token still valid but expiring: today the loser signs out and clears the cookie', async () => {
    const { outcomes } = await raceTwoInstances('expiring');
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(2);
    const winner = outcomes.find((o) => o.wroteSession)!;
    const loser = outcomes.find((o) => !o.wroteSession)!;
    expect(winner).toMatchObject({ signedIn: true, cleared: false });
    expect(loser).toMatchObject({ signedIn: false, reason: 'session_expired', cleared: true });
  });

  // KNOWN CORE ISSUE (reported to the lead): invalid_grant during a *proactive* refresh (the access
  // token is still valid) is treated as terminal, so the losing instance answers signed out and
  // clears the cookie — if its response reaches the browser last, the user loses the session the
  // winner just wrote. Keeping the still-valid token (no clear) until it expires fixes it; this
  // test then passes and must become a plain `it`.
  it.fails('KNOWN CORE ISSUE: the loser of a race on a still-valid token keeps the user signed in', async () => {
    const { outcomes } = await raceTwoInstances('expiring');
    expect(outcomes.every((o) => o.signedIn && !o.cleared)).toBe(true);
  });

  it('one instance, many concurrent requests: a single refresh call (single flight)', async () => {
    const { service } = freshService(emulator);
    const { jar } = await browserWith(emulator, 'expired');
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => visit(service, jar)));
    expect(outcomes.every((o) => o.signedIn && o.wroteSession)).toBe(true);
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(1);
  });
});
