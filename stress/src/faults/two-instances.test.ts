import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserWith, freshService, REFRESH_CALLS, visit } from './harness.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });
beforeEach(() => {
  emulator.clearCalls();
  emulator.setRefreshGrace(0);
});

/**
 * The same browser hits two app instances at once. The core shares its per-process cache and
 * single flight between services with equal settings, so two *instances* (two processes in
 * production) are modelled by a different cache bound each: then they share nothing.
 */
async function raceTwoInstances(state: 'expired' | 'expiring') {
  const a = freshService(emulator, { sessionCacheSize: 1001 });
  const b = freshService(emulator, { sessionCacheSize: 1002 });
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

  it('grace window off, token still valid but expiring: the loser keeps the user signed in on the old token and clears nothing', async () => {
    const { outcomes } = await raceTwoInstances('expiring');
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(2);
    expect(outcomes.filter((o) => o.wroteSession)).toHaveLength(1);
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ signedIn: true, cleared: false });
  });

  it('two services with equal settings in one process share one refresh (per-request services)', async () => {
    const a = freshService(emulator);
    const b = freshService(emulator);
    const { jar } = await browserWith(emulator, 'expired');
    const outcomes = await Promise.all([visit(a.service, jar), visit(b.service, jar)]);
    expect(outcomes.every((o) => o.signedIn && o.wroteSession)).toBe(true);
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(1);
  });

  it('one instance, many concurrent requests: a single refresh call (single flight)', async () => {
    const { service } = freshService(emulator);
    const { jar } = await browserWith(emulator, 'expired');
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => visit(service, jar)));
    expect(outcomes.every((o) => o.signedIn && o.wroteSession)).toBe(true);
    expect(emulator.calls(REFRESH_CALLS)).toHaveLength(1);
  });
});
