import { prefixedId } from './ids.js';
import { newTotpSecret, verifyTotp } from './totp.js';

/** An enrolled TOTP factor (times in epoch ms). */
export interface FactorRecord {
  id: string;
  userId: string;
  secret: string;
  issuer: string;
  /** The account label shown in the authenticator app (the user's email by default). */
  label: string;
  createdAt: number;
  updatedAt: number;
}

/** A challenge against a factor, answered once with a TOTP code. */
export interface ChallengeRecord {
  id: string;
  factorId: string;
  expiresAt: number;
  createdAt: number;
  updatedAt: number;
  used: boolean;
}

const CHALLENGE_TTL_MS = 10 * 60 * 1000;

/** TOTP factors and their challenges. */
export class MfaStore {
  readonly factors = new Map<string, FactorRecord>();
  readonly challenges = new Map<string, ChallengeRecord>();

  /** Enrols a TOTP factor (with the given or a fresh secret). */
  enroll(
    userId: string,
    options: { secret?: string; issuer?: string; label: string },
    now: number,
  ): FactorRecord {
    const factor: FactorRecord = {
      id: prefixedId('auth_factor', now),
      userId,
      secret: options.secret ?? newTotpSecret(),
      issuer: options.issuer ?? 'AuthKit emulator',
      label: options.label,
      createdAt: now,
      updatedAt: now,
    };
    this.factors.set(factor.id, factor);
    return factor;
  }

  /** The user's factors, oldest first. */
  factorsOf(userId: string): FactorRecord[] {
    return [...this.factors.values()].filter((f) => f.userId === userId);
  }

  /** Opens a challenge against a factor. */
  challenge(factorId: string, now: number): ChallengeRecord {
    const challenge: ChallengeRecord = {
      id: prefixedId('auth_challenge', now),
      factorId,
      expiresAt: now + CHALLENGE_TTL_MS,
      createdAt: now,
      updatedAt: now,
      used: false,
    };
    this.challenges.set(challenge.id, challenge);
    return challenge;
  }

  /**
   * Answers a challenge: `'valid'` spends it, otherwise why not. `userId`, when given, must own
   * the challenged factor.
   */
  verify(
    challengeId: string,
    code: string,
    now: number,
    userId?: string,
  ): 'valid' | 'invalid_code' | 'expired' | 'not_found' {
    const challenge = this.challenges.get(challengeId);
    const factor = challenge ? this.factors.get(challenge.factorId) : undefined;
    if (!challenge || !factor || challenge.used || (userId && factor.userId !== userId)) {
      return 'not_found';
    }
    if (challenge.expiresAt <= now) return 'expired';
    if (!verifyTotp(factor.secret, code, now)) return 'invalid_code';
    challenge.used = true;
    challenge.updatedAt = now;
    return 'valid';
  }

  /** Removes a factor and its challenges; false for an unknown id. */
  remove(factorId: string): boolean {
    for (const [id, c] of this.challenges) if (c.factorId === factorId) this.challenges.delete(id);
    return this.factors.delete(factorId);
  }
}
