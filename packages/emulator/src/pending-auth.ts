import type { SessionAuthMethod } from './auth-store.js';
import { opaqueToken } from './ids.js';

/** A sign-in paused at a step-up answer, resumed by a continuation grant. */
export interface PendingAuthRecord {
  token: string;
  userId: string;
  /** Chosen so far (invitation, selection); null until then. */
  organizationId: string | null;
  /** The primary factor, recorded on the session the sign-in ends in. */
  authMethod: SessionAuthMethod;
  authenticationMethod: string;
  /** An invitation to accept once the sign-in completes. */
  invitationToken: string | null;
  /** The second factor was passed (or the user just enrolled and verified one). */
  mfaVerified: boolean;
  expiresAt: number;
}

const PENDING_TTL_MS = 10 * 60 * 1000;

/** `pending_authentication_token`s: single use, ten minutes. */
export class PendingAuths {
  private readonly records = new Map<string, PendingAuthRecord>();

  /** Stores the paused sign-in and returns its token. */
  open(fields: Omit<PendingAuthRecord, 'token' | 'expiresAt'>, now: number): string {
    const token = opaqueToken('pending');
    this.records.set(token, { ...fields, token, expiresAt: now + PENDING_TTL_MS });
    return token;
  }

  /** The live record for a token, without spending it. */
  peek(token: string, now: number): PendingAuthRecord | undefined {
    const record = this.records.get(token);
    if (record && record.expiresAt <= now) this.records.delete(token);
    return record && record.expiresAt > now ? record : undefined;
  }

  /** Spends a token. */
  consume(token: string): void {
    this.records.delete(token);
  }
}
