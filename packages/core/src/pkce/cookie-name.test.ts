import {
  getPKCECookieNameForState as originalCookieName,
  selectStalePKCEVerifierCookieNames as originalSelectStale,
} from 'authkit-session-original';
import { describe, expect, it } from 'vitest';
import { getPKCECookieNameForState } from './cookie-name.js';
import {
  createFlowId,
  createState,
  DEFAULT_MAX_PENDING_PKCE_COOKIES,
  selectStalePKCEVerifierCookieNames,
  verifierCookieName,
} from './flow.js';

describe('getPKCECookieNameForState', () => {
  it("names this package's flows by their flow id", () => {
    const flowId = createFlowId();
    expect(getPKCECookieNameForState(createState(flowId, 'custom'))).toBe(
      verifierCookieName(flowId),
    );
  });

  it('names any other state (a sealed 0.7.x state) exactly as 0.7.x does', () => {
    for (const state of ['Fe26.2*1*abc*def~2', 'x', 'ünïcödé-state', '']) {
      expect(getPKCECookieNameForState(state)).toBe(originalCookieName(state));
    }
  });
});

describe('selectStalePKCEVerifierCookieNames', () => {
  const names = (n: number) =>
    Array.from({ length: n }, (_, i) => verifierCookieName(createFlowId(1_700_000_000_000 + i)));

  it('(names, { keep, max }) never selects keep and leaves at most max pending', () => {
    const pending = names(6);
    const keep = pending[5] as string;
    const stale = selectStalePKCEVerifierCookieNames([...pending, 'wos-session'], { keep, max: 3 });
    expect(stale).not.toContain(keep);
    expect(stale).toEqual(pending.slice(0, 3));
    expect(pending.length - stale.length).toBe(3);
  });

  it('selects nothing while under the cap, like 0.7.x', () => {
    const pending = names(3);
    const keep = 'wos-auth-verifier-new';
    expect(selectStalePKCEVerifierCookieNames(pending, { keep })).toEqual([]);
    expect(originalSelectStale(pending, { keep })).toEqual([]);
    expect(selectStalePKCEVerifierCookieNames(pending, { keep, max: 2 })).toHaveLength(2);
  });

  it('keeps the (names, max) form: room for the flow about to be written', () => {
    const pending = names(DEFAULT_MAX_PENDING_PKCE_COOKIES + 1);
    expect(selectStalePKCEVerifierCookieNames(pending)).toEqual(pending.slice(0, 2));
    expect(selectStalePKCEVerifierCookieNames(pending, 2)).toHaveLength(pending.length - 1);
  });
});
