/**
 * The app every cold-start child runs (Node host and edge bundle alike): configure the library
 * with env switched off, then answer one request carrying the session cookie. Plain JS, so no
 * TypeScript loader distorts the import time.
 */

const noEnv = () => undefined;

function cookieOf(request, name) {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** A service of `lib` (the imported module of `library`) configured the way its README says. */
export function serviceOf(lib, library, config) {
  class Storage extends lib.CookieSessionStorage {
    async getCookie(request, name) {
      return cookieOf(request, name);
    }
  }
  if (library !== 'original') {
    lib.configure({}, noEnv);
    return lib.createAuthService({ sessionStorageFactory: (c) => new Storage(c), config });
  }
  lib.configure(config, noEnv);
  return lib.createAuthService({ sessionStorageFactory: (c) => new Storage(c) });
}

/** Answers one request with `cookieHeader`; true when signed in. */
export async function answer(service, cookieHeader) {
  const request = new Request('http://localhost/', { headers: { cookie: cookieHeader } });
  const { auth } = await service.withAuth(request);
  return auth.user !== null;
}
