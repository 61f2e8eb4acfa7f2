// A per-call refresh buffer (`withAuth(request, { refreshBufferSeconds })`, e.g. one Next proxy's
// option) sets the buffer for that call in both directions, with real tokens from the emulator.
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.js';
import { emulatorService, mintAgedSession } from '../test-support/emulator-service.js';

const emulator = useTestEmulator();
const refreshCalls = () => emulator.calls({ grantType: 'refresh_token' }).length;

// Tokens live 300 s; the configured buffer is the default 30 s.
describe('withAuth({ refreshBufferSeconds })', () => {
  it('a lower buffer does not refresh a token the default buffer would refresh', async () => {
    const service = emulatorService(emulator);
    const { request } = await mintAgedSession(emulator, 285); // 15 s left
    for (const refreshBufferSeconds of [5, 0]) {
      const lower = await service.withAuth(request(), { refreshBufferSeconds });
      expect(lower.auth.user?.email).toBe('alice@example.com');
      expect(lower.refreshedSessionData).toBeUndefined();
      expect(lower.headers).toBeUndefined();
    }
    expect(refreshCalls()).toBe(0);
    // That answer was not cached for the default buffer: a default call refreshes now.
    const byDefault = await service.withAuth(request());
    expect(byDefault.refreshedSessionData).toBeDefined();
    expect(refreshCalls()).toBe(1);
  });

  it('a higher buffer refreshes a token the default buffer keeps, also when it is cached', async () => {
    const service = emulatorService(emulator);
    const { request } = await mintAgedSession(emulator, 220); // 80 s left
    const byDefault = await service.withAuth(request()); // verified and cached
    expect(byDefault.auth.user).not.toBeNull();
    expect(byDefault.refreshedSessionData).toBeUndefined();
    expect(refreshCalls()).toBe(0);
    const higher = await service.withAuth(request(), { refreshBufferSeconds: 90 });
    expect(higher.auth.user?.email).toBe('alice@example.com');
    expect(higher.refreshedSessionData).toBeDefined();
    const tokenOf = (auth: typeof higher.auth) => (auth.user ? auth.accessToken : null);
    expect(tokenOf(higher.auth)).not.toBe(tokenOf(byDefault.auth));
    expect(refreshCalls()).toBe(1);
  });

  it('a higher buffer refreshes an uncached token too, and is used as given (not capped)', async () => {
    const service = emulatorService(emulator);
    const due = await mintAgedSession(emulator, 220); // 80 s left
    expect(
      (await service.withAuth(due.request(), { refreshBufferSeconds: 90 })).refreshedSessionData,
    ).toBeDefined();
    // 150 s left: the configured 30 s (capped at 100 s) keeps it; 200 s refreshes it.
    const fresh = await mintAgedSession(emulator, 150);
    const kept = await service.withAuth(fresh.request(), { refreshBufferSeconds: 100 });
    expect(kept.refreshedSessionData).toBeUndefined();
    const beyondCap = await service.withAuth(fresh.request(), { refreshBufferSeconds: 200 });
    expect(beyondCap.auth.user).not.toBeNull();
    expect(beyondCap.refreshedSessionData).toBeDefined();
    expect(refreshCalls()).toBe(2);
  });

  it('is ignored with refresh: false, and must be a number >= 0', async () => {
    const service = emulatorService(emulator);
    const { request } = await mintAgedSession(emulator, 220);
    const kept = await service.withAuth(request(), { refresh: false, refreshBufferSeconds: 90 });
    expect(kept.auth.user).not.toBeNull();
    expect(refreshCalls()).toBe(0);
    for (const bad of [-1, Number.NaN, '30' as unknown as number]) {
      await expect(service.withAuth(request(), { refreshBufferSeconds: bad })).rejects.toThrow(
        InvalidArgumentError,
      );
    }
  });
});
