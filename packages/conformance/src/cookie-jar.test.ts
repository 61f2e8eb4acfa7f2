import { describe, expect, it } from 'vitest';
import { looksJoined, parseSetCookieLine } from './cookie-jar.js';

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
