import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolve.js';
import { setCookieLines } from '../cookies/header-bag.js';
import { parseCookieHeader } from '../cookies/parse.js';
import { TEST_PASSWORD } from '../test-support/emulator-service.js';
import { FetchStorage } from '../test-support/fetch-storage.js';
import { applySetCookieLines, parseSetCookieLine, writeSetCookieLines } from './set-cookie.js';

describe('parseSetCookieLine', () => {
  it('reads the value and the attributes cookies().set() needs', () => {
    const parsed = parseSetCookieLine(
      'wos-session=Fe26.2**abc; Path=/; Max-Age=600; HttpOnly; Secure; SameSite=Lax',
    );
    expect(parsed).toEqual({
      name: 'wos-session',
      value: 'Fe26.2**abc',
      deletes: false,
      options: { path: '/', maxAge: 600, httpOnly: true, secure: true, sameSite: 'lax' },
    });
  });

  it('recognises deletions by Max-Age=0 or a past Expires, and rejects lines without a name', () => {
    expect(parseSetCookieLine('a=; Max-Age=0')?.deletes).toBe(true);
    expect(parseSetCookieLine('a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT')?.deletes).toBe(true);
    expect(parseSetCookieLine('=value; Path=/')).toBeNull();
    expect(
      parseSetCookieLine('a=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT')?.deletes,
    ).toBe(false);
  });
});

describe('applySetCookieLines', () => {
  it('replaces, adds and deletes cookies, keeping the others in order', () => {
    const header = 'theme=dark; wos-session=old; wos-session.1=stale';
    const next = applySetCookieLines(header, [
      'wos-session=new; Path=/; HttpOnly',
      'wos-session.1=; Path=/; Max-Age=0',
      'wos-auth-verifier-x=v; Path=/',
    ]);
    expect(next).toBe('theme=dark; wos-session=new; wos-auth-verifier-x=v');
  });

  it('applies the lines the core really writes for a session and its clear', async () => {
    const storage = new FetchStorage(
      resolveConfig(
        {
          clientId: 'client_1',
          apiKey: 'sk_test_1',
          redirectUri: 'http://localhost:3000/callback',
          cookiePassword: TEST_PASSWORD,
        },
        () => undefined,
      ),
    );
    const saved = await storage.saveSession(undefined, 'Fe26.2**sealed');
    const header = applySetCookieLines('theme=dark', setCookieLines(saved.headers));
    expect(parseCookieHeader(header)).toEqual({ theme: 'dark', 'wos-session': 'Fe26.2**sealed' });
    const cleared = await storage.clearSession(undefined);
    expect(applySetCookieLines(header, setCookieLines(cleared.headers))).toBe('theme=dark');
  });

  it('copes with an absent or malformed header', () => {
    expect(applySetCookieLines(null, ['a=1'])).toBe('a=1');
    expect(applySetCookieLines(';;=x; b', ['a=1'])).toBe('a=1');
  });
});

describe('writeSetCookieLines', () => {
  it('writes each line through the store with its decoded value and options', () => {
    const calls: unknown[][] = [];
    const store = { set: (...args: unknown[]) => calls.push(args) };
    const written = writeSetCookieLines(store, {
      'Set-Cookie': ['a=x%20y; Path=/; HttpOnly', 'b=; Path=/; Max-Age=0', 'broken'],
      'Cache-Control': 'no-store',
    });
    expect(written).toBe(2);
    expect(calls).toEqual([
      ['a', 'x y', { path: '/', httpOnly: true }],
      ['b', '', { path: '/', maxAge: 0 }],
    ]);
    expect(writeSetCookieLines(store, undefined)).toBe(0);
  });

  it('lets a read-only store throw', () => {
    const readOnly = {
      set: () => {
        throw new Error('read-only');
      },
    };
    expect(() => writeSetCookieLines(readOnly, { 'Set-Cookie': ['a=1'] })).toThrow('read-only');
  });
});
