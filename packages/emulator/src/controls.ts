import type { Impersonator, SessionRecord } from './auth-store.js';
import type { CallFilter, RecordedCall } from './call-log.js';
import { CredentialControls } from './credential-controls.js';
import type { FaultSpec } from './faults.js';
import { createSigningKey } from './keys.js';
import type { Seed } from './seed-types.js';
import { type AuthenticateResponseJson, startSession } from './session-tokens.js';

function seconds(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new TypeError(`${name} must be a number >= ${min} (seconds), got ${String(value)}`);
  }
  return value;
}

/** Options for {@link Controls.impersonate}. */
export interface ImpersonateOptions {
  /** The impersonated user's id or email. */
  user: string;
  impersonatorEmail: string;
  reason?: string | null;
  /** Organization of the session; defaults to the user's first membership. */
  organizationId?: string;
}

/** Options for {@link Controls.createAuthorizationCode}. */
export interface CreateCodeOptions {
  user: string;
  organizationId?: string;
  codeChallenge?: string;
  redirectUri?: string;
  impersonator?: Impersonator;
}

/** The test controls, shared by the programmatic API and the `/__emulator/*` routes. */
export class Controls extends CredentialControls {
  /** Sets the access-token lifetime (>= 1 s) for tokens minted from now on. */
  setAccessTokenTtl(value: number): void {
    this.state.settings.accessTokenTtlSeconds = Math.floor(
      seconds('accessTokenTtlSeconds', value, 1),
    );
  }

  /** Shifts the emulator's clock (negative values mint tokens that are already expired). */
  setClockOffset(value: number): void {
    this.state.settings.clockOffsetSeconds = seconds('clockOffsetSeconds', value, -Infinity);
  }

  /** Sets the refresh-token replay grace window; 0 (the default) is strict single use. */
  setRefreshGrace(value: number): void {
    this.state.settings.refreshGraceSeconds = seconds('refreshGraceSeconds', value, 0);
  }

  /** Sets the maximum session lifetime for sessions created from now on. */
  setSessionTtl(value: number): void {
    this.state.settings.sessionTtlSeconds = seconds('sessionTtlSeconds', value, 1);
  }

  /** Sets the inactivity limit: sessions not refreshed for this long expire (0 = off). */
  setSessionInactivity(value: number): void {
    this.state.settings.sessionInactivitySeconds = seconds('sessionInactivitySeconds', value, 0);
  }

  /** Signs authorize requests in without the page: `true` (first user), a user id/email, or `false`. */
  setAutoLogin(value: boolean | string): void {
    this.state.settings.autoLogin = value;
  }

  /** Rotates to a new (or the given PEM) signing key; the old key stays in the JWKS unless dropped. */
  rotateSigningKey(options: { signingKey?: string; keepPrevious?: boolean } = {}): { kid: string } {
    const key = createSigningKey(options.signingKey);
    this.state.keys.rotate(key, Date.now(), options.keepPrevious ?? true);
    return { kid: key.kid };
  }

  /** Arms a fault for the next `times` matching calls. */
  injectFault(fault: FaultSpec): void {
    this.state.faults.add(fault);
  }

  /** Disarms every pending fault. */
  clearFaults(): void {
    this.state.faults.clear();
  }

  /** The calls received, optionally filtered by path, method and grant type. */
  calls(filter?: CallFilter): RecordedCall[] {
    return this.state.calls.list(filter);
  }

  /** Forgets the recorded calls. */
  clearCalls(): void {
    this.state.calls.clear();
  }

  /** The users the emulator knows (seeded or signed up), with their organization memberships. */
  users(): { id: string; email: string; organizations: { id: string; role: string }[] }[] {
    const { directory } = this.state;
    return [...directory.users.values()].map((user) => ({
      id: user.id,
      email: user.email,
      organizations: directory
        .activeMemberships(user.id)
        .map((m) => ({ id: m.organizationId, role: m.role })),
    }));
  }

  /** Every session issued so far (expired ones are marked as such). */
  sessions(): SessionRecord[] {
    return [...this.state.auth.sessions.values()].map((session) => {
      this.state.activeSession(session.id);
      return { ...session };
    });
  }

  /** Revokes a session; its refresh tokens then fail with `invalid_grant`. */
  revokeSession(sessionId: string): boolean {
    return this.state.auth.revokeSession(sessionId, this.state.now());
  }

  /** Back to the start-up settings and seed (or loads `seed`); forgets codes, sessions, faults and calls. */
  reset(seed?: Seed): void {
    this.state.reset(seed);
  }

  /** Issues an authorization code directly, as if the user had signed in on the hosted page. */
  createAuthorizationCode(options: CreateCodeOptions): string {
    const { state } = this;
    const user = state.directory.findUser(options.user);
    if (!user) throw new TypeError(`Unknown user '${options.user}'`);
    const organizationId =
      options.organizationId ?? state.directory.activeMemberships(user.id)[0]?.organizationId;
    if (organizationId && !state.directory.activeMembership(user.id, organizationId)) {
      throw new TypeError(`${user.email} is not a member of ${organizationId}`);
    }
    return state.auth.issueCode({
      clientId: state.clientId,
      redirectUri: options.redirectUri ?? null,
      userId: user.id,
      organizationId: organizationId ?? null,
      codeChallenge: options.codeChallenge ?? null,
      expiresAt: state.now() + state.settings.codeTtlSeconds * 1000,
      impersonator: options.impersonator ?? null,
    }).code;
  }

  /** Signs a user in directly (no page, no code) and returns the tokens authenticate would return. */
  async signIn(
    options: Omit<CreateCodeOptions, 'codeChallenge' | 'redirectUri'>,
  ): Promise<AuthenticateResponseJson> {
    const { state } = this;
    const record = state.auth.codes.get(this.createAuthorizationCode(options))!;
    record.used = true;
    const { session, response } = await startSession(state, {
      userId: record.userId,
      organizationId: record.organizationId,
      signIn: record.signIn,
      impersonator: record.impersonator,
    });
    record.sessionId = session.id;
    return response;
  }

  /** Starts an impersonated session and returns its tokens (as `/user_management/authenticate` would). */
  impersonate(options: ImpersonateOptions): Promise<AuthenticateResponseJson> {
    return this.signIn({
      user: options.user,
      organizationId: options.organizationId,
      impersonator: { email: options.impersonatorEmail, reason: options.reason ?? null },
    });
  }
}
