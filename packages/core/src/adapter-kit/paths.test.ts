import { describe, expect, it } from 'vitest';
import { isApiRequest, matchesAny, pathPattern } from './paths.js';

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
});
