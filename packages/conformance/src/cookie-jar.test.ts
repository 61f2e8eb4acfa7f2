import { describe, expect, it } from 'vitest';
import { CookieJar, looksJoined, parseSetCookieLine } from './cookie-jar.js';

describe('parseSetCookieLine', () => {
  it('reads the name, value and attributes of one line', () => {
    const cookie = parseSetCookieLine(
      'wos-session=abc=def; Path=/; HttpOnly; SameSite=Lax; Max-Age=60',
    );
    expect(cookie).toMatchObject({ name: 'wos-session', value: 'abc=def', deletes: false });
    expect(cookie.options).toMatchObject({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      maxAge: 60,
    });
  });

  it('treats Max-Age=0 and past Expires as deletions', () => {
    expect(parseSetCookieLine('a=; Max-Age=0').deletes).toBe(true);
    expect(parseSetCookieLine('a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT').deletes).toBe(true);
    expect(parseSetCookieLine('a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT').deletes).toBe(false);
  });
});

describe('looksJoined', () => {
  it('spots two cookies comma-joined into one header, but not an Expires date', () => {
    expect(looksJoined('a=1; Path=/, b=2; Path=/')).toBe(true);
    expect(looksJoined('a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/')).toBe(false);
  });
});

describe('CookieJar', () => {
  it('stores, replaces and deletes cookies from responses', () => {
    const jar = new CookieJar();
    const headers = new Headers();
    headers.append('set-cookie', 'a=1; Path=/');
    headers.append('set-cookie', 'b=2; Path=/');
    jar.store(new Response(null, { headers }));
    expect(jar.header()).toBe('a=1; b=2');
    const clear = new Headers();
    clear.append('set-cookie', 'a=; Max-Age=0; Path=/');
    jar.store(new Response(null, { headers: clear }));
    expect(jar.names()).toEqual(['b']);
  });

  it('scopes cookies by Path, as a browser does: a cookie on the wrong path is not sent', () => {
    const jar = new CookieJar('http://localhost:3000');
    const headers = new Headers();
    headers.append('set-cookie', 'root=1; Path=/');
    headers.append('set-cookie', 'scoped=2; Path=/callback');
    jar.store(new Response(null, { headers }));
    expect(jar.header('/account')).toBe('root=1');
    expect(jar.header('/callback')).toBe('scoped=2; root=1');
    expect(jar.names().sort()).toEqual(['root', 'scoped']);
  });

  it('keeps a cookie for another domain out of the jar', () => {
    const jar = new CookieJar('http://localhost:3000');
    const headers = new Headers();
    headers.append('set-cookie', 'foreign=1; Path=/; Domain=example.com');
    jar.store(new Response(null, { headers }));
    expect(jar.header()).toBe('');
  });
});
