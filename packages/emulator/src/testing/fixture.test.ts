import { describe, expect, it } from 'vitest';
import { useTestEmulator } from './fixture.js';

describe('useTestEmulator', () => {
  const emulator = useTestEmulator();
  let firstUrl = '';

  it('starts one emulator for the file', async () => {
    firstUrl = emulator.url;
    const jwks = await fetch(emulator.jwksUrl);
    expect(jwks.status).toBe(200);
    emulator.injectFault({ path: '/sso/jwks/*', status: 503 });
  });

  it('resets it before each test (no fault left armed, an empty call log)', async () => {
    expect(emulator.url).toBe(firstUrl);
    const jwks = await fetch(emulator.jwksUrl);
    expect(jwks.status).toBe(200);
    expect(emulator.calls().map((c) => c.path)).toEqual([new URL(emulator.jwksUrl).pathname]);
  });
});

describe('useTestEmulator before its emulator started', () => {
  const emulator = useTestEmulator({ resetBeforeEach: false });
  const early = (() => {
    try {
      return emulator.url;
    } catch (error) {
      return (error as Error).message;
    }
  })();

  it('says so instead of returning undefined', () => {
    expect(early).toMatch(/read before the emulator started/);
  });
});
