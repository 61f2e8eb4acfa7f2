import { describe, expect, it } from 'vitest';
import {
  parseSetCookieLine,
  setCookiesOf,
  writeSetCookieLines,
} from '../adapter-kit/set-cookie.js';
import { resolveConfig } from '../config/resolve.js';
import { TEST_PASSWORD } from '../test-support/emulator-service.js';
import { FetchStorage } from '../test-support/fetch-storage.js';
import { mergeHeaderBags, setCookieLines, structuredCookie } from './header-bag.js';
import { type CookieOptions, cookieToSet, serializeCookie } from './serialize.js';

const config = resolveConfig(
  {
    clientId: 'client_1',
    apiKey: 'sk_test_1',
    redirectUri: 'https://app.example/callback',
    cookiePassword: TEST_PASSWORD,
    cookieDomain: 'app.example',
  },
  () => undefined,
);

/** What a parser makes of each line: the form the structured cookies must equal. */
function parsedLines(lines: readonly string[]) {
  return lines.map((line) => {
    const parsed = parseSetCookieLine(line);
    return parsed && { ...parsed, value: decodeURIComponent(parsed.value) };
  });
}

describe('Set-Cookie kept structured until the edge', () => {
  it('carries, for every line the core writes, the cookie that line states', async () => {
    const storage = new FetchStorage(config);
    const request = new Request('https://app.example/', {
      headers: { cookie: 'wos-session.0=a; wos-session.1=b; wos-session.2=c' },
    });
    const bags = [
      (await storage.saveSession(undefined, 'Fe26.2**small', { request })).headers,
      (await storage.saveSession(undefined, `Fe26.2**${'x'.repeat(9000)}`)).headers,
      (await storage.clearSession(undefined, { request })).headers,
      storage.cookieHeaders('wos-auth-verifier-1', 'a b;c=d%', { path: '/', maxAge: 600 }),
    ];
    const merged = mergeHeaderBags(...bags, { 'Cache-Control': 'private, no-store' });
    for (const bag of [...bags, merged]) {
      const lines = setCookieLines(bag);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(structuredCookie(bag, line)).toBeDefined();
      expect(setCookiesOf(bag)).toEqual(parsedLines(lines));
    }
    const deleted = setCookiesOf(merged).filter((c) => c.deletes);
    expect(deleted.map((c) => c.name)).toContain('wos-session.2');
    expect(deleted.every((c) => c.value === '' && c.options.maxAge === 0)).toBe(true);
  });

  it('keeps the public bag the string form only', async () => {
    const { headers } = await new FetchStorage(config).saveSession(undefined, 'Fe26.2**v');
    expect(Object.keys(headers ?? {})).toEqual(['Set-Cookie', 'Cache-Control']);
    expect(JSON.parse(JSON.stringify(headers))).toEqual(headers);
    expect({ ...headers }).toEqual({
      'Set-Cookie': [
        serializeCookie('wos-session', 'Fe26.2**v', cookieOptions()),
        serializeCookie('wos-session.0', '', cookieOptions(), { expired: true }),
      ],
      'Cache-Control': 'no-store',
    });
  });

  it('hands a cookie store the structured cookie, not a parse of the line', async () => {
    const { headers } = await new FetchStorage(config).saveSession(undefined, 'Fe26.2**v');
    const calls: unknown[][] = [];
    writeSetCookieLines({ set: (...args: unknown[]) => calls.push(args) }, headers);
    const kept = setCookieLines(headers).map((line) => structuredCookie(headers, line));
    expect(calls).toHaveLength(2);
    for (const [i, call] of calls.entries()) expect(call[2]).toBe(kept[i]?.options);
    expect(calls[0]?.slice(0, 2)).toEqual(['wos-session', 'Fe26.2**v']);
  });

  it('parses lines written by other code (edited bags, a storage overriding serializeCookie)', () => {
    const edited = mergeHeaderBags(new FetchStorage(config).cookieHeaders('a', '1', {}), {
      'Set-Cookie': ['b=x%20y; Path=/; HttpOnly'],
    });
    expect(structuredCookie(edited, 'b=x%20y; Path=/; HttpOnly')).toBeUndefined();
    expect(setCookiesOf(edited).map((c) => [c.name, c.value])).toEqual([
      ['a', '1'],
      ['b', 'x y'],
    ]);

    class Custom extends FetchStorage {
      protected override serializeCookie(name: string, value: string): string {
        return `${name}=${value}; Path=/custom`;
      }
    }
    const custom = new Custom(config).cookieHeaders('c', '2', {});
    const [customLine] = setCookieLines(custom);
    expect(customLine).toBe('c=2; Path=/custom');
    expect(structuredCookie(custom, customLine as string)).toBeUndefined();
    expect(setCookiesOf(custom)[0]?.options).toEqual({ path: '/custom' });
  });

  it('states deletions the way the line does', () => {
    expect(cookieToSet('a', 'v', {}, { expired: true })).toEqual({
      name: 'a',
      value: '',
      deletes: true,
      options: { path: '/', maxAge: 0, expires: new Date(0) },
    });
    expect(cookieToSet('a', 'v', { maxAge: 0 }).deletes).toBe(true);
    expect(cookieToSet('a', 'v', { expires: new Date(0) }).deletes).toBe(true);
    expect(cookieToSet('a', 'v', { maxAge: 60.7, httpOnly: false }).options).toEqual({
      path: '/',
      maxAge: 60,
    });
  });
});

function cookieOptions(): CookieOptions {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: true,
    maxAge: config.cookieMaxAge,
    domain: 'app.example',
  };
}
