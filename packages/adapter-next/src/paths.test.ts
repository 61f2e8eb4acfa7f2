import { InvalidArgumentError } from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import { compilePaths } from './paths.js';

const matches = (pattern: string, paths: string[]) => {
  const matcher = compilePaths('test', [pattern]);
  return paths.filter((path) => matcher.test(path));
};

describe('compilePaths (path-to-regexp 6 syntax)', () => {
  it('honours custom groups such as /dashboard(.*) and :id(\\d+)', () => {
    expect(
      matches('/dashboard(.*)', ['/dashboard', '/dashboard/a/b', '/dash', '/x/dashboard']),
    ).toEqual(['/dashboard', '/dashboard/a/b']);
    expect(matches('/users/:id(\\d+)', ['/users/12', '/users/ab', '/users/12/edit'])).toEqual([
      '/users/12',
    ]);
  });

  it('honours :name, :name*, :name+, :name? and a trailing slash', () => {
    expect(matches('/blog/:slug', ['/blog/a', '/blog/a/', '/blog', '/blog/a/b'])).toEqual([
      '/blog/a',
      '/blog/a/',
    ]);
    expect(matches('/docs/:path*', ['/docs', '/docs/a/b', '/docsx'])).toEqual([
      '/docs',
      '/docs/a/b',
    ]);
    expect(matches('/a/:rest+', ['/a', '/a/b/c'])).toEqual(['/a/b/c']);
    expect(matches('/x/:y?', ['/x', '/x/1', '/x/1/2'])).toEqual(['/x', '/x/1']);
  });

  it('keeps a bare * segment as "anything below" and is case-sensitive', () => {
    expect(matches('/public/*', ['/public/a', '/public/a/b', '/private/a'])).toEqual([
      '/public/a',
      '/public/a/b',
    ]);
    expect(matches('/About', ['/About', '/about'])).toEqual(['/About']);
  });

  it('throws InvalidArgumentError naming the option for a pattern it cannot honour', () => {
    for (const bad of ['/(', '/users/:', 'about', '']) {
      expect(() => compilePaths('middlewareAuth.unauthenticatedPaths', [bad])).toThrow(
        InvalidArgumentError,
      );
    }
    expect(() => compilePaths('signUpPaths', ['/(unclosed'])).toThrow(/signUpPaths.*\/\(unclosed/);
    expect(() => compilePaths('apiPaths', '/api' as unknown as string[])).toThrow(/array/);
  });
});
