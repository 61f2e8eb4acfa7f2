import { opaqueToken, prefixedId } from './ids.js';

/** An impersonator recorded on a session: who acts as the user, and why. */
export interface Impersonator {
  email: string;
  reason: string | null;
}

/** A pending authorization code bound to a user, an organization and (optionally) a PKCE challenge. */
export interface CodeRecord {
  code: string;
  clientId: string;
  redirectUri: string | null;
  userId: string;
  organizationId: string | null;
  codeChallenge: string | null;
  expiresAt: number;
  used: boolean;
  impersonator: Impersonator | null;
  /** The session the code was exchanged for (null until it is). */
  sessionId: string | null;
  /** How the user signed in on the page (default: password; SSO for SSO-enforcing organizations). */
  signIn: SignInMethod;
}

/** How a session was signed in: the session's `auth_method`, the response's label, MFA passed. */
export interface SignInMethod {
  authMethod: SessionAuthMethod;
  /** `authentication_method` of the authenticate response (`Password`, `MagicAuth`, `SSO`, `GoogleOAuth`, …). */
  authenticationMethod: string;
  mfaVerified: boolean;
}

/** WorkOS session auth methods the emulator emits. */
export type SessionAuthMethod = 'password' | 'impersonation' | 'magic_code' | 'sso' | 'oauth';

/** A session as the emulator stores it (times in epoch ms). */
export interface SessionRecord {
  id: string;
  userId: string;
  organizationId: string | null;
  status: 'active' | 'expired' | 'revoked';
  authMethod: SessionAuthMethod;
  /** `authentication_method` of the authenticate responses for this session. */
  authenticationMethod: string;
  /** The session passed a second factor (or signed in through an organization that enforces it). */
  mfaVerified: boolean;
  impersonator: Impersonator | null;
  ipAddress: string | null;
  userAgent: string | null;
  authTime: number;
  expiresAt: number;
  endedAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** `exp` of the newest access token minted for the session (epoch ms), null before the first. */
  accessTokenExpiresAt: number | null;
}

/** A refresh token: single use, rotated into `successor` when used. */
export interface RefreshTokenRecord {
  token: string;
  sessionId: string;
  usedAt: number | null;
  successor: string | null;
}

/** A validated authorize request waiting for the hosted page to pick a user. */
export interface PendingAuthorization {
  id: string;
  redirectUri: string;
  state: string | null;
  codeChallenge: string | null;
  organizationId: string | null;
  screenHint: 'sign-in' | 'sign-up';
  loginHint: string | null;
  /** `max_age` in seconds: the sign-in must be at most this old (the page always signs in afresh). */
  maxAge: number | null;
  /** `invitation_token`: the invitation accepted by this sign-in (its organization is bound). */
  invitationToken: string | null;
  /** `provider` (`authkit`, or a social provider such as `GoogleOAuth`, simulated by the page). */
  provider: string | null;
  /** `connection_id`: an SSO connection of a seeded organization; the sign-in counts as SSO. */
  connectionId: string | null;
  /** The original authorize query, to link between the sign-in and sign-up pages. */
  query: string;
  expiresAt: number;
}

/** Codes, sessions and refresh tokens issued by the emulator. */
export class AuthStore {
  readonly pending = new Map<string, PendingAuthorization>();
  readonly codes = new Map<string, CodeRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();

  /** Issues a single-use authorization code. */
  issueCode(
    fields: Omit<CodeRecord, 'code' | 'used' | 'sessionId' | 'signIn'> & { signIn?: SignInMethod },
  ): CodeRecord {
    const record: CodeRecord = {
      signIn: { authMethod: 'password', authenticationMethod: 'Password', mfaVerified: false },
      ...fields,
      code: opaqueToken('auth_code'),
      used: false,
      sessionId: null,
    };
    this.codes.set(record.code, record);
    return record;
  }

  /** Opens an active session. */
  openSession(
    fields: Pick<SessionRecord, 'userId' | 'organizationId' | 'impersonator'> &
      Pick<SessionRecord, 'ipAddress' | 'userAgent'> &
      SignInMethod,
    now: number,
    lifetimeMs: number,
  ): SessionRecord {
    const session: SessionRecord = {
      ...fields,
      id: prefixedId('session', now),
      status: 'active',
      authTime: now,
      expiresAt: now + lifetimeMs,
      endedAt: null,
      createdAt: now,
      updatedAt: now,
      accessTokenExpiresAt: null,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** Issues a fresh refresh token for a session. */
  issueRefreshToken(sessionId: string): RefreshTokenRecord {
    const record: RefreshTokenRecord = {
      token: opaqueToken('ref'),
      sessionId,
      usedAt: null,
      successor: null,
    };
    this.refreshTokens.set(record.token, record);
    return record;
  }

  /**
   * Returns the session if it is active at `now`, marking it expired when its lifetime is over or
   * it has been idle (no refresh) for longer than `inactivityMs` (0 = no inactivity limit).
   */
  activeSession(sessionId: string, now: number, inactivityMs = 0): SessionRecord | undefined {
    const session = this.sessions.get(sessionId);
    if (session?.status !== 'active') return undefined;
    const idleUntil =
      inactivityMs > 0 ? session.updatedAt + inactivityMs : Number.POSITIVE_INFINITY;
    const endsAt = Math.min(session.expiresAt, idleUntil);
    if (endsAt <= now) {
      session.status = 'expired';
      session.endedAt = endsAt;
      session.updatedAt = now;
      return undefined;
    }
    return session;
  }

  /**
   * The session an authenticate call was about: the one a `code` was exchanged for, or the one a
   * `refresh_token` belongs to (also when the grant then failed, e.g. for an ended session).
   */
  sessionIdForGrant(body: Record<string, unknown>): string | undefined {
    const { code, refresh_token: refreshToken } = body;
    if (body.grant_type === 'authorization_code' && typeof code === 'string') {
      return this.codes.get(code)?.sessionId ?? undefined;
    }
    if (body.grant_type === 'refresh_token' && typeof refreshToken === 'string') {
      return this.refreshTokens.get(refreshToken)?.sessionId;
    }
    return undefined;
  }

  /** Revokes a session; its refresh tokens stop working. Returns false for an unknown id. */
  revokeSession(sessionId: string, now: number): boolean {
    const session = this.sessions.get(sessionId);
    if (!session) return false;
    if (session.status === 'active') {
      session.status = 'revoked';
      session.endedAt = now;
      session.updatedAt = now;
    }
    return true;
  }
}
