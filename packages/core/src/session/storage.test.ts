import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolve.js';
import type { AuthKitConfig } from '../config/types.js';
import { MAX_COOKIE_VALUE_LENGTH } from '../cookies/chunking.js';
import { FetchStorage, requestWithCookies } from '../test-support/fetch-storage.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';

function storage(overrides: Partial<AuthKitConfig> = {}) {
  const config = resolveConfig(
    {
      clientId: 'client_x',
      apiKey: 'sk_x',
      redirectUri: 'https://app.example.com/callback',
      cookiePassword: 's4Gm8qWz2Lk6Vn0Xr3Tb7Yh1Jc5Fd9Pe',
      ...overrides,
    },
    () => undefined,
  );
  return new FetchStorage(config);
}

/** A config with only the required options (for the storage subclasses below). */
const minimalConfig = resolveConfig(
  {
    clientId: 'c',
    apiKey: 'k',
    redirectUri: 'https://x/cb',
    cookiePassword: 's4Gm8qWz2Lk6Vn0Xr3Tb7Yh1Jc5Fd9Pe',
  },
  () => undefined,
);

const bigValue = (length: number) => `Fe26.2*1*${'a'.repeat(length - 9)}`;

describe('CookieSessionStorage', () => {
  it('writes HttpOnly, Path=/, SameSite, Secure, Max-Age and Domain, plus Cache-Control: no-store', async () => {
    const { headers } = await storage({ cookieDomain: 'example.com' }).saveSession(
      undefined,
      'Fe26.2*1*abc~2',
    );
    const [cookie] = parseSetCookie(headers);
    expect(cookie).toMatchObject({
      name: 'wos-session',
      value: 'Fe26.2*1*abc~2',
      httpOnly: true,
      secure: true,
      path: '/',
      sameSite: 'Lax',
      maxAge: 60 * 60 * 24 * 400,
      domain: 'example.com',
    });
    expect(headers?.['Cache-Control']).toBe('no-store');
    expect(Array.isArray(headers?.['Set-Cookie'])).toBe(true);
  });

  it('writes a browser-session cookie (no Max-Age) when cookieMaxAge is 0', async () => {
    const { headers } = await storage({ cookieMaxAge: 0 }).saveSession(undefined, 'v');
    const [cookie] = parseSetCookie(headers);
    expect(cookie?.maxAge).toBeUndefined();
    expect(cookie?.cleared).toBe(false);
  });

  it('omits Secure only for an http redirect URI, and keeps it for __Host- names', async () => {
    const plain = await storage({ redirectUri: 'http://localhost:3000/callback' }).saveSession(
      undefined,
      'v',
    );
    expect(parseSetCookie(plain.headers)[0]?.secure).toBe(false);
    const host = await storage({
      redirectUri: 'http://localhost:3000/callback',
      cookieName: '__Host-wos',
    }).saveSession(undefined, 'v');
    expect(parseSetCookie(host.headers)[0]?.secure).toBe(true);
  });

  it('splits large sessions into chunks and reassembles them', async () => {
    const store = storage();
    const value = bigValue(MAX_COOKIE_VALUE_LENGTH * 2 + 100);
    const { headers } = await store.saveSession(undefined, value);
    const written = parseSetCookie(headers).filter((c) => !c.cleared);
    expect(written.map((c) => c.name)).toEqual(['wos-session.0', 'wos-session.1', 'wos-session.2']);
    for (const line of headers?.['Set-Cookie'] ?? []) expect(line.length).toBeLessThan(4096);
    const request = requestWithCookies('https://app.example.com/', cookieHeaderFrom(headers));
    expect(await store.getSession(request)).toBe(value);
  });

  it('clears stale chunks on every write, exactly when the request is known', async () => {
    const store = storage();
    const chunked = await store.saveSession(undefined, bigValue(MAX_COOKIE_VALUE_LENGTH * 3));
    const jar = cookieHeaderFrom(chunked.headers);
    const request = requestWithCookies('https://app.example.com/', jar);

    const small = await store.saveSession(undefined, 'Fe26.2*small', { request });
    const cleared = parseSetCookie(small.headers)
      .filter((c) => c.cleared)
      .map((c) => c.name);
    expect(cleared.sort()).toEqual([
      'wos-session.0',
      'wos-session.1',
      'wos-session.2',
      'wos-session.3',
    ]);
    const after = requestWithCookies(
      'https://app.example.com/',
      cookieHeaderFrom(small.headers, jar),
    );
    expect(await store.getSession(after)).toBe('Fe26.2*small');

    const blind = await store.saveSession(undefined, 'Fe26.2*small');
    expect(
      parseSetCookie(blind.headers)
        .filter((c) => c.cleared)
        .map((c) => c.name),
    ).toEqual(['wos-session.0']);
  });

  it('reads missing or mixed chunks as broken (no session)', async () => {
    const store = storage();
    const { headers } = await store.saveSession(undefined, bigValue(MAX_COOKIE_VALUE_LENGTH * 3));
    const all = cookieHeaderFrom(headers);
    const missing = all
      .split('; ')
      .filter((pair) => !pair.startsWith('wos-session.1='))
      .join('; ');
    const read = await store.readSession(requestWithCookies('https://x/', missing));
    expect(read).toEqual({ value: null, broken: true });
    expect(await store.getSession(requestWithCookies('https://x/', missing))).toBeNull();

    const garbage = await store.readSession(
      requestWithCookies('https://x/', 'wos-session.0=nonsense'),
    );
    expect(garbage).toEqual({ value: null, broken: true });
  });

  it('clears the session and its chunks', async () => {
    const store = storage();
    const request = requestWithCookies('https://x/', 'wos-session.0=2:a; wos-session.1=b; other=1');
    const { headers } = await store.clearSession(undefined, { request });
    const names = parseSetCookie(headers).map((c) => [c.name, c.cleared]);
    expect(names).toEqual([
      ['wos-session', true],
      ['wos-session.0', true],
      ['wos-session.1', true],
    ]);
    expect(headers?.['Cache-Control']).toBe('no-store');
  });

  it('clears only chunk names it could have written, however many look-alikes the request carries', async () => {
    const store = storage();
    const bogus = Array.from({ length: 1000 }, (_, i) => `wos-session.${i + 8}=x`).join('; ');
    const request = requestWithCookies(
      'https://x/',
      `wos-session.1=b; wos-session.01=x; ${bogus}; wos-session.00000000007=x`,
    );
    const cleared = parseSetCookie((await store.clearSession(undefined, { request })).headers);
    expect(cleared.map((c) => c.name)).toEqual(['wos-session', 'wos-session.1']);
    const written = parseSetCookie(
      (await store.saveSession(undefined, 'Fe26.2*small', { request })).headers,
    );
    expect(written.map((c) => c.name)).toEqual(['wos-session', 'wos-session.1']);
  });

  it('returns only the response when a subclass applied the headers, only the headers otherwise', async () => {
    class ApplyingStorage extends FetchStorage {
      protected override async applyHeaders(
        response: Response | undefined,
        headers: Record<string, string | string[]>,
      ) {
        const next = new Response(response?.body ?? null, {
          status: response?.status ?? 200,
          headers: new Headers(response?.headers),
        });
        for (const [key, value] of Object.entries(headers)) {
          for (const v of Array.isArray(value) ? value : [value]) next.headers.append(key, v);
        }
        return { response: next };
      }
    }
    const config = minimalConfig;
    const store = new ApplyingStorage(config);
    const result = await store.saveSession(new Response('ok'), 'v');
    expect(result.response?.headers.getSetCookie()).toHaveLength(2);
    expect(result.response?.headers.get('cache-control')).toBe('no-store');
    expect(result.headers).toBeUndefined();
    expect(Object.keys(result)).toEqual(['response']);
    const plain = await new FetchStorage(config).clearSession(new Response('ok'));
    expect(plain.response).toBeUndefined();
    expect(plain.headers?.['Set-Cookie']?.length).toBeGreaterThan(0);
  });
});

describe('a storage subclass written for 0.7.x (applyHeaders appends each value as is)', () => {
  /** Like 0.7.x adapters: copies the response and `append`s every bag value without looking at it. */
  class AppendAsIsStorage extends FetchStorage {
    readonly calls: Record<string, unknown>[] = [];
    protected override async applyHeaders(
      response: Response | undefined,
      headers: Record<string, string | string[]>,
    ) {
      this.calls.push(headers);
      const next = new Response(response?.body ?? null, {
        status: response?.status ?? 200,
        headers: new Headers(response?.headers),
      });
      for (const [key, value] of Object.entries(headers)) next.headers.append(key, String(value));
      return { response: next };
    }
  }
  const config = minimalConfig;

  it('gets one Set-Cookie string per call, so a chunked session never reaches the browser comma-joined', async () => {
    const store = new AppendAsIsStorage(config);
    const request = requestWithCookies(
      'https://x/',
      'wos-session.0=3:a; wos-session.1=b; wos-session.2=c',
    );
    const result = await store.saveSession(
      new Response('ok'),
      bigValue(MAX_COOKIE_VALUE_LENGTH + 10),
      {
        request,
      },
    );
    const lines = result.response?.headers.getSetCookie() ?? [];
    expect(lines.length).toBe(3);
    for (const line of lines) expect(line.match(/wos-session/g)).toHaveLength(1);
    expect(result.response?.headers.get('cache-control')).toBe('no-store');
    expect(store.calls.every((bag) => Object.values(bag).every((v) => typeof v === 'string'))).toBe(
      true,
    );
    const jar = cookieHeaderFrom(result.response as Response, 'wos-session.2=c');
    expect(jar).not.toContain('wos-session.2=');
    expect(jar).toContain('wos-session.0=');
  });

  it('threads the response it returns through every call', async () => {
    const store = new AppendAsIsStorage(config);
    const { response } = await store.clearSession(new Response('body', { status: 201 }), {
      request: requestWithCookies('https://x/', 'wos-session.0=2:a; wos-session.1=b'),
    });
    expect(response?.status).toBe(201);
    expect(await response?.text()).toBe('body');
    expect(response?.headers.getSetCookie()).toHaveLength(3);
  });
});
