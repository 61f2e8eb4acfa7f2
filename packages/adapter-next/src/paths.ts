import { InvalidArgumentError } from '@workos/authkit-session';
import { pathToRegexp } from 'path-to-regexp';

/** A compiled list of path patterns. */
export interface PathMatcher {
  /** True when `pathname` matches one of the patterns. */
  test(pathname: string): boolean;
}

/**
 * Compiles path patterns in path-to-regexp 6 syntax (what `@workos-inc/authkit-nextjs` accepts):
 * `:name`, `:name*`, `:name+`, `:name?`, custom groups such as `/dashboard(.*)` or
 * `/users/:id(\\d+)`; a bare `*` segment (`/docs/*`) means "anything below". Case-sensitive;
 * a trailing slash is allowed. Throws `InvalidArgumentError` naming `option` for a pattern that
 * cannot be compiled, so a typo fails when the proxy is created instead of silently protecting
 * (or exposing) a page.
 */
export function compilePaths(option: string, patterns: readonly string[] = []): PathMatcher {
  if (!Array.isArray(patterns)) {
    throw new InvalidArgumentError(`${option} must be an array of path patterns.`);
  }
  const regexps = patterns.map((pattern) => compilePath(option, pattern));
  return { test: (pathname) => regexps.some((regexp) => regexp.test(pathname)) };
}

function compilePath(option: string, pattern: unknown): RegExp {
  if (typeof pattern !== 'string' || !pattern.startsWith('/')) {
    throw new InvalidArgumentError(
      `${option}: ${JSON.stringify(pattern)} is not a path pattern; each entry must be a string starting with "/" (e.g. "/about", "/blog/:slug", "/dashboard(.*)").`,
    );
  }
  // A bare `*` segment is a wildcard here; path-to-regexp 6 spells it `(.*)`.
  const source = pattern.replace(/(^|\/)\*(?=\/|$)/g, '$1(.*)');
  try {
    return pathToRegexp(source, [], { sensitive: true });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InvalidArgumentError(
      `${option}: the path pattern ${JSON.stringify(pattern)} cannot be compiled (${reason}). Use path-to-regexp 6 syntax, e.g. "/blog/:slug", "/docs/:path*" or "/dashboard(.*)".`,
    );
  }
}
