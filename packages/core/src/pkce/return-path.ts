const MAX_DECODE_ROUNDS = 3;

function decodeRepeatedly(value: string): string | null {
  let current = value;
  for (let i = 0; i < MAX_DECODE_ROUNDS; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function looksDangerous(path: string): boolean {
  if (!path.startsWith('/')) return true;
  if (path.startsWith('//') || path.startsWith('/\\')) return true;
  if (path.includes('\\')) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(path)) return true;
  return false;
}

/**
 * Reduces a requested return path to a same-site relative path (`/path?query#hash`), or
 * `fallback` when it could leave the site: absolute URLs, `//host`, `/\host`, schemes,
 * control characters and their percent-encoded variants are all rejected.
 */
export function sanitizeReturnPathname(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  const decoded = decodeRepeatedly(value);
  if (decoded === null || looksDangerous(value) || looksDangerous(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'https://same-site.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'https://same-site.invalid') return fallback;
  const result = `${url.pathname}${url.search}${url.hash}`;
  // Normalising percent-encodes non-ASCII characters, up to 9 characters each.
  if (result.length > 2048) return fallback;
  if (looksDangerous(result) || looksDangerous(decodeRepeatedly(result) ?? '//')) return fallback;
  return result;
}
