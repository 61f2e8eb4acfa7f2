import { describe, expect, it } from 'vitest';
import { isApiRequest, matchesAny, pathPattern, signInRedirectStatus } from './paths.js';

describe('path patterns', () => {
  it.each([
    ['/', '/', true],
    ['/about', '/about', true],
    ['/about', '/about/team', false],
    ['/docs/:path*', '/docs', true],
    ['/docs/:path*', '/docs/a/b', true],
    ['/docs/:path*', '/docsx', false],
    ['/users/:id', '/users/42', true],
    ['/users/:id', '/users/42/edit', false],
    ['/a/:rest+', '/a', false],
    ['/a/:rest+', '/a/b/c', true],
    ['/a/:opt?', '/a', true],
    ['/files/*', '/files/x.png', true],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (pattern, pathname, expected) => {
    expect(pathPattern(pattern).test(pathname)).toBe(expected);
  });

  it('matchesAny is false for no patterns', () => {
    expect(matchesAny('/x')).toBe(false);
    expect(matchesAny('/x', ['/y', '/x'])).toBe(true);
  });

  it('treats API paths and JSON-only requests as API requests', () => {
    expect(isApiRequest(new Request('http://h/api/me'), ['/api/:path*'])).toBe(true);
    expect(
      isApiRequest(new Request('http://h/data', { headers: { accept: 'application/json' } }), []),
    ).toBe(true);
    expect(
      isApiRequest(
        new Request('http://h/page', { headers: { accept: 'text/html,application/json' } }),
        [],
      ),
    ).toBe(false);
  });

  it('redirects reads with 307 and form posts with 303', () => {
    expect(signInRedirectStatus('GET')).toBe(307);
    expect(signInRedirectStatus('HEAD')).toBe(307);
    expect(signInRedirectStatus('POST')).toBe(303);
  });
});
