import { describe, expect, it } from 'vitest';
import { FetchSessionStorage } from './fetch-service.js';

const storage = new FetchSessionStorage({
  redirectUri: 'https://app.test/callback',
});
const withCookie = (cookie: string) => new Request('https://app.test/', { headers: { cookie } });

describe('FetchSessionStorage', () => {
  it('reads one cookie, URL-decoded, the first occurrence winning', async () => {
    const request = withCookie('a=1; b=x%20y; a=2');
    expect(await storage.getCookie(request, 'a')).toBe('1');
    expect(await storage.getCookie(request, 'b')).toBe('x y');
    expect(await storage.getCookie(request, 'c')).toBeNull();
    expect(await storage.getCookie(new Request('https://app.test/'), 'a')).toBeNull();
  });

  it('reads the session cookie whole, or reassembles its chunks, or reports none', async () => {
    expect(await storage.readSession(withCookie('other=1; wos-session=sealed'))).toEqual({
      value: 'sealed',
      broken: false,
    });
    expect(
      (await storage.readSession(withCookie('wos-session.0=2:sea; wos-session.1=led'))).value,
    ).toBe('sealed');
    expect(await storage.readSession(withCookie('other=1'))).toEqual({
      value: null,
      broken: false,
    });
  });
});
