import { describe, expect, it } from 'vitest';
import { applySetCookiesToCookieHeader, parseSetCookie } from './set-cookie.js';

describe('parseSetCookie', () => {
  it('reads the value and the attributes cookies().set() needs', () => {
    const parsed = parseSetCookie(
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
    expect(parseSetCookie('a=; Max-Age=0')?.deletes).toBe(true);
    expect(parseSetCookie('a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT')?.deletes).toBe(true);
    expect(parseSetCookie('=value; Path=/')).toBeNull();
  });
});

describe('applySetCookiesToCookieHeader', () => {
  it('replaces, adds and deletes cookies, keeping the others in order', () => {
    const header = 'theme=dark; wos-session=old; wos-session.1=stale';
    const next = applySetCookiesToCookieHeader(header, [
      'wos-session=new; Path=/; HttpOnly',
      'wos-session.1=; Path=/; Max-Age=0',
      'wos-auth-verifier-x=v; Path=/',
    ]);
    expect(next).toBe('theme=dark; wos-session=new; wos-auth-verifier-x=v');
  });

  it('copes with an absent or malformed header', () => {
    expect(applySetCookiesToCookieHeader(null, ['a=1'])).toBe('a=1');
    expect(applySetCookiesToCookieHeader(';;=x; b', ['a=1'])).toBe('a=1');
  });
});
