import { randomInt } from 'node:crypto';
import type { UserRecord } from './directory.js';
import { prefixedId } from './ids.js';

/** What a one-time code proves: the mailbox (email verification) or a sign-in (Magic Auth). */
export type OneTimeCodeKind = 'email_verification' | 'magic_auth';

/** An emailed six-digit code, as the emulator stores it (times in epoch ms). */
export interface OneTimeCodeRecord {
  id: string;
  kind: OneTimeCodeKind;
  userId: string;
  email: string;
  code: string;
  expiresAt: number;
  createdAt: number;
  used: boolean;
}

/** An email the emulator "sent": tests read the code here instead of a mailbox. */
export interface SentEmail {
  kind: OneTimeCodeKind;
  to: string;
  code: string;
  /** The email verification or Magic Auth id. */
  id: string;
  userId: string;
  at: string;
}

const CODE_TTL_MS = 10 * 60 * 1000;
const MAX_OUTBOX = 1000;

/** Email-verification and Magic Auth codes, and the outbox they are "sent" to. */
export class OneTimeCodes {
  readonly records = new Map<string, OneTimeCodeRecord>();
  readonly outbox: SentEmail[] = [];

  /** Creates a code for the user and records the email that would carry it. */
  issue(kind: OneTimeCodeKind, user: UserRecord, now: number): OneTimeCodeRecord {
    const record: OneTimeCodeRecord = {
      id: prefixedId(kind, now),
      kind,
      userId: user.id,
      email: user.email,
      code: String(randomInt(0, 1_000_000)).padStart(6, '0'),
      expiresAt: now + CODE_TTL_MS,
      createdAt: now,
      used: false,
    };
    this.records.set(record.id, record);
    this.outbox.push({
      kind,
      to: user.email,
      code: record.code,
      id: record.id,
      userId: user.id,
      at: new Date(now).toISOString(),
    });
    if (this.outbox.length > MAX_OUTBOX) this.outbox.shift();
    return record;
  }

  /** A record of this kind by id. */
  get(kind: OneTimeCodeKind, id: string): OneTimeCodeRecord | undefined {
    const record = this.records.get(id);
    return record?.kind === kind ? record : undefined;
  }

  /**
   * Spends the newest unused code of this kind for the user (matched by id or case-insensitive
   * email) that equals `code`. Returns `'expired'` for a matching code past its lifetime.
   */
  redeem(
    kind: OneTimeCodeKind,
    owner: { userId?: string; email?: string },
    code: string,
    now: number,
  ): OneTimeCodeRecord | 'expired' | undefined {
    const email = owner.email?.toLowerCase();
    const found = [...this.records.values()]
      .reverse()
      .find(
        (r) =>
          r.kind === kind &&
          !r.used &&
          r.code === code &&
          (owner.userId ? r.userId === owner.userId : r.email.toLowerCase() === email),
      );
    if (!found) return undefined;
    if (found.expiresAt <= now) return 'expired';
    found.used = true;
    return found;
  }
}
