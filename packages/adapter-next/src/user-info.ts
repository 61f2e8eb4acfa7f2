import type { AuthResult, SignedInAuth } from '@workos/authkit-session';
import type { NoUserInfo, UserInfo } from './types.js';

/**
 * A signed-in auth whose `refreshToken` is readable (`auth.refreshToken`) but not enumerable, so
 * `{ ...auth }`, `JSON.stringify(auth)` and React's serialisation of props leave it out: the
 * documented `const { accessToken, ...rest } = await withAuth(); <AuthKitProvider initialAuth={rest}>`
 * sends no refresh token to the browser.
 */
export function userInfo(auth: SignedInAuth): UserInfo {
  const copy = { ...auth };
  Object.defineProperty(copy, 'refreshToken', {
    value: auth.refreshToken,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** {@link userInfo} for a signed-in auth; a signed-out one as is. */
export function authInfo(auth: AuthResult): UserInfo | NoUserInfo {
  return auth.user ? userInfo(auth) : (auth as NoUserInfo);
}
