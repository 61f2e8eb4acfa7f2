import { describe, expect, it } from 'vitest';
import { CrossOriginRequestError } from '../errors.js';
import { assertRequestOrigin, checkRequestOrigin, crossOriginResponse } from './origin.js';

const APP = 'http://localhost:3000';
const options = { redirectUri: `${APP}/callback` };

function post(headers: Record<string, string>, url = `${APP}/logout`): Request {
  return new Request(url, { method: 'POST', headers });
}

describe('checkRequestOrigin', () => {
  it('allows a form post from the app itself (Origin matches the redirect URI or the request URL)', () => {
    expect(checkRequestOrigin(post({ origin: APP }), options)).toBeUndefined();
    const behindProxy = post({ origin: 'https://app.example.com' }, 'https://app.example.com/x');
    expect(checkRequestOrigin(behindProxy, options)).toBeUndefined();
  });

  it('refuses a post from another site, a sibling subdomain, another port or an opaque origin', () => {
    for (const origin of [
      'https://evil.example',
      'http://evil.localhost:3000',
      'http://localhost:3001',
      'https://localhost:3000',
      'null',
    ]) {
      const error = checkRequestOrigin(post({ origin }), options);
      expect(error, origin).toBeInstanceOf(CrossOriginRequestError);
      expect(error?.code).toBe('cross_origin_request');
    }
  });

  it('falls back to Sec-Fetch-Site when there is no Origin header', () => {
    expect(checkRequestOrigin(post({ 'sec-fetch-site': 'same-origin' }), options)).toBeUndefined();
    expect(checkRequestOrigin(post({ 'sec-fetch-site': 'none' }), options)).toBeUndefined();
    expect(checkRequestOrigin(post({ 'sec-fetch-site': 'same-site' }), options)).toBeInstanceOf(
      CrossOriginRequestError,
    );
    expect(checkRequestOrigin(post({ 'sec-fetch-site': 'cross-site' }), options)).toBeInstanceOf(
      CrossOriginRequestError,
    );
  });

  it('allows clients that send neither header (they cannot carry a browser’s cookies)', () => {
    expect(checkRequestOrigin(post({}), options)).toBeUndefined();
  });

  it('allows a GET navigation from anywhere but not a cross-site GET fetch', () => {
    const navigate = new Request(`${APP}/logout`, {
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' },
    });
    expect(checkRequestOrigin(navigate, options)).toBeUndefined();
    const image = new Request(`${APP}/logout`, {
      headers: { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' },
    });
    expect(checkRequestOrigin(image, options)).toBeInstanceOf(CrossOriginRequestError);
    // A navigation does not excuse a cross-site POST (an auto-submitted form is a navigation).
    const form = post({ origin: 'https://evil.example', 'sec-fetch-mode': 'navigate' });
    expect(checkRequestOrigin(form, options)).toBeInstanceOf(CrossOriginRequestError);
  });

  it('honours allowedOrigins and Node-style header records', () => {
    const front = 'https://front.example.com';
    expect(checkRequestOrigin(post({ origin: front }), options)).toBeInstanceOf(
      CrossOriginRequestError,
    );
    expect(
      checkRequestOrigin(post({ origin: front }), { ...options, allowedOrigins: [front] }),
    ).toBeUndefined();
    const node = { method: 'post', url: '/logout', headers: { origin: ['https://evil.example'] } };
    expect(checkRequestOrigin(node, options)).toBeInstanceOf(CrossOriginRequestError);
    expect(checkRequestOrigin({ ...node, headers: { origin: APP } }, options)).toBeUndefined();
  });

  it('assertRequestOrigin throws the error; crossOriginResponse answers 403 uncached', async () => {
    expect(() => assertRequestOrigin(post({ origin: 'https://evil.example' }), options)).toThrow(
      CrossOriginRequestError,
    );
    const response = crossOriginResponse();
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('cross_origin_request');
  });
});
