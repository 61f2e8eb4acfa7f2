import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar.js';

function response(...lines: string[]): Response {
  const headers = new Headers();
  for (const line of lines) headers.append('set-cookie', line);
  return new Response(null, { headers });
}

describe('CookieJar', () => {
  it('stores, replaces and deletes cookies from responses', () => {
    const jar = new CookieJar();
    expect(jar.store(response('a=1; Path=/', 'b=2; Path=/'))).toEqual([
      'a=1; Path=/',
      'b=2; Path=/',
    ]);
    expect(jar.header()).toBe('a=1; b=2');
    jar.store(response('a=; Max-Age=0; Path=/'));
    expect(jar.names()).toEqual(['b']);
  });

  it('scopes cookies by Path, as a browser does: a cookie on the wrong path is not sent', () => {
    const jar = new CookieJar('http://localhost:3000');
    jar.store(response('root=1; Path=/', 'scoped=2; Path=/callback'));
    expect(jar.header('/account')).toBe('root=1');
    expect(jar.header('/callback')).toBe('scoped=2; root=1');
    expect(jar.names().sort()).toEqual(['root', 'scoped']);
    expect(jar.namesSentTo()).toEqual(['root']);
  });

  it('keeps a cookie for another domain out of the jar', () => {
    const jar = new CookieJar('http://localhost:3000');
    jar.store(response('foreign=1; Path=/; Domain=example.com'));
    expect(jar.header()).toBe('');
  });

  it('sets, reads and deletes a cookie as a user in devtools would', () => {
    const jar = new CookieJar('http://localhost:3000');
    jar.store(response('deep=1; Path=/a/b'));
    jar.set('theme', 'dark');
    expect(jar.get('theme')).toBe('dark');
    expect(jar.get('deep')).toBe('1');
    jar.delete('deep');
    expect(jar.names()).toEqual(['theme']);
  });
});
