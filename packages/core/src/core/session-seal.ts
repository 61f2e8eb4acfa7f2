import type { Impersonator, User } from '@workos-inc/node';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import type { SessionEncryption } from '../crypto/session-encryption.js';
import { SessionEncryptionError } from '../errors.js';
import type { Session } from '../types.js';
import { toJsonSafe } from '../util/json-safe.js';
import { isSession } from './build-auth.js';

/** Lifetime of a seal whose cookie has no `Max-Age` (browser-session cookies): 400 days. */
const MAX_SEAL_AGE_SECONDS = 60 * 60 * 24 * 400;

/**
 * Exactly the fields a session has, JSON-safe whatever the SDK major gave (12: `Date`s), so a
 * session reads the same before sealing as after unsealing.
 */
export function storedSession(session: Session): Session {
  const stored: Session = {
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    user: toJsonSafe(session.user) as User,
  };
  if (session.impersonator) stored.impersonator = toJsonSafe(session.impersonator) as Impersonator;
  if (session.organizationId) stored.organizationId = session.organizationId;
  return stored;
}

/**
 * Seals a session with the current cookie password. The seal expires with the cookie
 * (`cookieMaxAge`; 400 days for browser-session cookies), so a copied cookie is not accepted
 * forever even by an app that never sees it again.
 */
export function sealSession(
  encryption: SessionEncryption,
  config: Pick<ResolvedAuthKitConfig, 'cookiePasswords' | 'cookieMaxAge'>,
  session: Session,
): Promise<string> {
  return encryption.sealData(storedSession(session), {
    password: config.cookiePasswords,
    ttl: config.cookieMaxAge || MAX_SEAL_AGE_SECONDS,
  });
}

/** Unseals a session cookie (any configured password); throws `SessionEncryptionError`. */
export async function unsealSession(
  encryption: SessionEncryption,
  passwords: readonly string[],
  encryptedSession: string,
): Promise<Session> {
  const data = await encryption.unsealData(encryptedSession, { password: passwords });
  if (!isSession(data)) {
    throw new SessionEncryptionError('The session cookie does not contain a session.');
  }
  return data;
}
