/**
 * @workos/authkit-session/testing — helpers for your own tests: mint signed-in session cookies,
 * sign test tokens, and read Set-Cookie lines like a browser would.
 */
export {
  createTestSigningKey,
  signTestAccessToken,
  type TestSigningKey,
  type TestTokenClaims,
} from './keys.js';
export {
  type EmulatorMintOptions,
  type LocalMintOptions,
  type MintedSession,
  mintTestSession,
} from './mint.js';
export {
  cookieHeaderFrom,
  type ParsedSetCookie,
  parseSetCookie,
  type SetCookieSource,
  setCookieLinesFrom,
} from './set-cookie.js';
