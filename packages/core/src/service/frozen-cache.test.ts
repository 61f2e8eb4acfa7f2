import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../session/freeze.js';
import { emulatorService } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

describe('cached sign-in results', () => {
  it('are frozen, so an app mutating auth cannot leak into later requests', async () => {
    const service = emulatorService(emulator);
    const { cookieHeader } = await signIn(service);
    const request = () => requestWithCookies('http://localhost:3000/', cookieHeader);
    const first = await service.withAuth(request());
    if (!first.auth.user) throw new Error('expected a signed-in auth');
    const auth = first.auth as unknown as Record<string, unknown> & typeof first.auth;
    expect(() => {
      auth.role = 'owner';
    }).toThrow(TypeError);
    expect(() => {
      (auth.user as { email: string }).email = 'mallory@example.com';
    }).toThrow(TypeError);
    expect(() => auth.permissions?.push('admin:all')).toThrow(TypeError);
    expect(() => {
      (auth.claims as { sid: string }).sid = 'session_other';
    }).toThrow(TypeError);

    const second = await service.withAuth(request());
    expect(second.auth).toBe(first.auth);
    expect(second.auth.user?.email).toBe('alice@example.com');
    expect(second.auth.user ? second.auth.role : null).toBe('admin');
    expect(second.auth.user ? second.auth.claims.sid : null).toBe(first.auth.sessionId);
  });

  it('freezes the session handed out with a fresh sign-in, too', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    expect(Object.isFrozen(result.auth)).toBe(true);
    expect(Object.isFrozen(result.auth.user)).toBe(true);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and copes with cycles', () => {
    const value: { list: number[]; nested: { deep: { n: number } }; self?: unknown } = {
      list: [1],
      nested: { deep: { n: 1 } },
    };
    value.self = value;
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.list)).toBe(true);
    expect(Object.isFrozen(value.nested.deep)).toBe(true);
    expect(deepFreeze(null)).toBeNull();
  });
});
