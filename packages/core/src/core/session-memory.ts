import type { AuthenticationResponse } from '@workos-inc/node';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { effectiveRefreshBuffer } from '../jwt/claims.js';
import type { ExpiringLruCache } from '../session/cache.js';
import { deepFreeze } from '../session/freeze.js';
import type { AccessTokenClaims, Session, SignedInAuth, SignedOutReason } from '../types.js';
import { DEAD_SESSION_TTL_MS } from './shared-state.js';

/** A refreshed session: the new auth, the session and its sealed cookie value. */
export interface RefreshedSession {
  auth: SignedInAuth;
  session: Session;
  encryptedSession: string;
  authResponse: AuthenticationResponse;
}

/** The outcome of validating a session cookie. */
export type SessionValidation =
  | { kind: 'valid'; auth: SignedInAuth; session: Session }
  | ({ kind: 'refreshed' } & RefreshedSession)
  | { kind: 'signed_out'; reason: SignedOutReason; clearCookie: boolean };

/** A cached verified session: stored as the ready (frozen) `valid` answer. */
export interface CachedSession {
  kind: 'valid';
  auth: SignedInAuth;
  session: Session;
}

/** The answer to a cookie whose refresh WorkOS refused for good. */
export const SESSION_ENDED: SessionValidation = Object.freeze({
  kind: 'signed_out',
  reason: 'session_expired',
  clearCookie: true,
});

/**
 * What the core remembers about sealed cookies, keyed by the cookie value: verified sessions
 * (until their token's refresh buffer) and cookies whose refresh WorkOS refused for good.
 */
export class SessionMemory {
  constructor(
    private readonly verified: ExpiringLruCache<CachedSession>,
    private readonly dead: ExpiringLruCache<true>,
    private readonly config: Pick<ResolvedAuthKitConfig, 'refreshBufferSeconds' | 'issuer'>,
  ) {}

  /** The remembered answer for a sealed cookie, or `undefined`. */
  get(encryptedSession: string): SessionValidation | undefined {
    return (
      this.verified.get(encryptedSession) ??
      (this.dead.get(encryptedSession) ? SESSION_ENDED : undefined)
    );
  }

  /** Remembers a verified session until its token enters the refresh buffer. */
  remember(
    encryptedSession: string,
    entry: CachedSession,
    claims: AccessTokenClaims = entry.auth.claims,
    buffer = effectiveRefreshBuffer(claims, this.config.refreshBufferSeconds),
  ): void {
    // A verified token's `sub` is the session user's id and its `iss` the configured issuer: the
    // entry shares those strings instead of keeping equal copies (a cache entry is ~2.7 KB).
    const { user } = entry.session;
    if (claims.sub === user.id) claims.sub = user.id;
    const issuer = this.config.issuer.find((iss) => iss === claims.iss);
    if (issuer) claims.iss = issuer;
    // Cached results are shared by later requests: freeze them once so no caller can alter them.
    deepFreeze(entry);
    this.verified.set(encryptedSession, entry, (claims.exp - buffer) * 1000);
  }

  /** Remembers a cookie whose session has ended, so replaying it costs no WorkOS call. */
  markEnded(encryptedSession: string): SessionValidation {
    this.dead.set(encryptedSession, true, Date.now() + DEAD_SESSION_TTL_MS);
    return SESSION_ENDED;
  }

  /** Forgets every verified and every ended session. */
  clear(): void {
    this.verified.clear();
    this.dead.clear();
  }
}
