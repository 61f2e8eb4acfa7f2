/**
 * Turns a path pattern into a RegExp: `:name` matches one segment, `:name*` any rest of the path,
 * `:name+` one or more segments, `:name?` an optional segment, `*` anything. Anchored at both
 * ends; `/docs/:path*` also matches `/docs`.
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

/** True when `pathname` matches one of the patterns (see {@link pathPattern}). */
export function matchesAny(pathname: string, patterns: readonly string[] = []): boolean {
  return patterns.some((pattern) => pathPattern(pattern).test(pathname));
}

/**
 * True for API-style requests, which should get `401` JSON instead of a redirect to sign-in: the
 * path matches `apiPaths`, or the request accepts JSON and not HTML.
 */
export function isApiRequest(request: Request, apiPaths: readonly string[]): boolean {
  if (matchesAny(new URL(request.url).pathname, apiPaths)) return true;
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** The status of a redirect to sign-in: 307 for GET/HEAD, 303 otherwise (a form POST becomes a GET). */
export function signInRedirectStatus(method: string): 303 | 307 {
  return method === 'GET' || method === 'HEAD' ? 307 : 303;
}
