// `refreshBufferSeconds` of one proxy / `authkit()` call sets the refresh buffer for it, lower or
// higher than the configured one (30 s), with real tokens from the emulator.
import { InvalidArgumentError } from '@workos/authkit-session';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { authkit } from './authkit.js';
import { authkitProxy } from './proxy.js';
import { configuredEmulator, createFixtureApp } from './test-support/fixture-app.js';
import { refreshCount, signIn } from './test-support/sign-in.js';

const origin = 'http://localhost:3000';
const emulator = configuredEmulator(origin);
// Signing in lands on `/` through this app's proxy: buffer 0, so it does not refresh the aged token.
const app = createFixtureApp({ refreshBufferSeconds: 0 });

const page = (cookie: string) =>
  new NextRequest(new URL('/', origin), { headers: { accept: 'text/html', cookie } });
const refreshedCookie = (headers: Headers) =>
  headers.getSetCookie().some((line) => line.startsWith('wos-session='));

/** Signs Alice in with 300-second tokens issued `ageSeconds` ago; returns her cookie header. */
async function agedSignIn(ageSeconds: number): Promise<string> {
  emulator.setClockOffset(-ageSeconds);
  try {
    return (await signIn(app, emulator, origin)).jar.header();
  } finally {
    emulator.setClockOffset(0);
  }
}

describe('refreshBufferSeconds', () => {
  it('lower than the configured buffer: no refresh where the default would refresh', async () => {
    const cookie = await agedSignIn(285); // 15 s left, inside the configured 30 s
    const before = refreshCount(emulator);
    for (const refreshBufferSeconds of [10, 0]) {
      const lower = await authkit(page(cookie), { refreshBufferSeconds });
      expect(lower.session.user?.email).toBe('alice@example.com');
      expect(refreshedCookie(lower.headers)).toBe(false);
    }
    const viaProxy = await authkitProxy({ refreshBufferSeconds: 10 })(page(cookie));
    expect(viaProxy.headers.get('x-middleware-next')).toBe('1');
    expect(refreshedCookie(viaProxy.headers)).toBe(false);
    expect(refreshCount(emulator) - before).toBe(0);

    const byDefault = await authkitProxy()(page(cookie));
    expect(refreshedCookie(byDefault.headers)).toBe(true);
    expect(refreshCount(emulator) - before).toBe(1);
  });

  it('higher than the configured buffer: a refresh where the default would not refresh', async () => {
    const cookie = await agedSignIn(240); // 60 s left, outside the configured 30 s
    const before = refreshCount(emulator);
    const byDefault = await authkit(page(cookie));
    expect(byDefault.session.user?.email).toBe('alice@example.com');
    expect(refreshedCookie(byDefault.headers)).toBe(false);
    expect(refreshCount(emulator) - before).toBe(0);

    const higher = await authkitProxy({ refreshBufferSeconds: 90 })(page(cookie));
    expect(refreshedCookie(higher.headers)).toBe(true);
    expect(refreshCount(emulator) - before).toBe(1);
    const viaAuthkit = await authkit(page(await agedSignIn(240)), { refreshBufferSeconds: 90 });
    expect(refreshedCookie(viaAuthkit.headers)).toBe(true);
    expect(refreshCount(emulator) - before).toBe(2);
  });

  it('must be a whole number of seconds >= 0, checked when the proxy is created', () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      expect(() => authkitProxy({ refreshBufferSeconds: bad })).toThrow(InvalidArgumentError);
    }
  });
});
