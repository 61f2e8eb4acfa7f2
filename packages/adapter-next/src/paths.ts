/**
 * Turns a path pattern into a RegExp: `:name` matches one segment, `:name*` any rest of the path,
 * `*` anything. Patterns are anchored at both ends; `/docs/:path*` also matches `/docs`.
 */
export function pathPattern(pattern: string): RegExp {
  let source = '';
  for (const token of pattern.match(/\/:[A-Za-z0-9_]+[*+?]?|:[A-Za-z0-9_]+[*+?]?|\*|\/|[^*:/]+/g) ??
    []) {
    const slash = token.startsWith('/:') ? '/' : '';
    const param = token.replace(/^\/?:/, '');
    if (token === '*') source += '.*';
    else if (token.includes(':') && param.endsWith('*')) source += `(?:${slash}.*)?`;
    else if (token.includes(':') && param.endsWith('+')) source += `${slash}.+`;
    else if (token.includes(':') && param.endsWith('?')) source += `(?:${slash}[^/]+)?`;
    else if (token.includes(':')) source += `${slash}[^/]+`;
    else source += token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}/?$`);
}

/** True when `pathname` matches one of the patterns. */
export function matchesAny(pathname: string, patterns: readonly string[] = []): boolean {
  return patterns.some((pattern) => pathPattern(pattern).test(pathname));
}

/** True for API-style requests, which get `401` JSON instead of a redirect to sign-in. */
export function isApiRequest(request: Request, apiPaths: readonly string[]): boolean {
  const pathname = new URL(request.url).pathname;
  if (matchesAny(pathname, apiPaths)) return true;
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
