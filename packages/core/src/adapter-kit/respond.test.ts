import { describe, expect, it } from 'vitest';
import { markSessionResponse, PRIVATE_NO_STORE } from './respond.js';

describe('markSessionResponse', () => {
  it('signed in: private, no-store and Vary: Cookie, overriding a cacheable Cache-Control', () => {
    const headers = new Headers({ 'Cache-Control': 'public, max-age=600', Vary: 'Accept' });
    markSessionResponse(headers, true);
    expect(headers.get('Cache-Control')).toBe(PRIVATE_NO_STORE);
    expect(headers.get('Vary')).toBe('Accept, Cookie');
  });

  it('keeps a Cache-Control that already has private and no-store, and never doubles Cookie', () => {
    const headers = new Headers({ 'Cache-Control': 'no-store, private', Vary: 'cookie' });
    markSessionResponse(headers, true);
    expect(headers.get('Cache-Control')).toBe('no-store, private');
    expect(headers.get('Vary')).toBe('cookie');
  });

  it('signed out: only Vary: Cookie (a public page stays cacheable per cookie)', () => {
    const headers = new Headers({ 'Cache-Control': 'public, max-age=60' });
    markSessionResponse(headers, false);
    expect(headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(headers.get('Vary')).toBe('Cookie');
  });
});
