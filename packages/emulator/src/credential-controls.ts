import { type ApiKeyRecord, apiKeyJson, type CreateApiKeyOptions } from './api-keys.js';
import type { OneTimeCodeKind, SentEmail } from './one-time-codes.js';
import type { EmulatorState } from './state.js';
import { totpCode } from './totp.js';

/** Filters for {@link CredentialControls.outbox}. */
export interface OutboxFilter {
  /** Recipient email (case-insensitive). */
  to?: string;
  kind?: OneTimeCodeKind;
}

/** A created API key: WorkOS's API key object plus its secret `value`. */
export type CreatedApiKey = ReturnType<typeof apiKeyJson> & { value: string };

/** Test controls for the credentials a custom sign-in UI and API clients use. */
export class CredentialControls {
  constructor(protected readonly state: EmulatorState) {}

  /** The emails the emulator "sent" (verification and Magic Auth codes), oldest first. */
  outbox(filter: OutboxFilter = {}): SentEmail[] {
    const to = filter.to?.toLowerCase();
    return this.state.codes.outbox.filter(
      (mail) =>
        (!to || mail.to.toLowerCase() === to) && (!filter.kind || mail.kind === filter.kind),
    );
  }

  /** The newest code emailed to `email` (of `kind`, if given), or undefined. */
  lastCode(email: string, kind?: OneTimeCodeKind): string | undefined {
    return this.outbox({ to: email, kind }).at(-1)?.code;
  }

  /** Creates an organization API key (a fresh `sk_test_…` value unless one is given). */
  createApiKey(options: CreateApiKeyOptions): CreatedApiKey {
    if (!this.state.directory.organizations.has(options.organizationId)) {
      throw new TypeError(`Unknown organization '${options.organizationId}'`);
    }
    const key: ApiKeyRecord = this.state.apiKeys.create(options, this.state.now());
    return { ...apiKeyJson(key), value: key.value };
  }

  /** Revokes an API key: validation answers `api_key: null` from now on. False for an unknown id. */
  revokeApiKey(id: string): boolean {
    return this.state.apiKeys.revoke(id);
  }

  /** Every live API key (without values). */
  apiKeys(): ReturnType<typeof apiKeyJson>[] {
    return [...this.state.apiKeys.keys.values()].map(apiKeyJson);
  }

  /** Enrols a TOTP factor for a user (id or email); returns its id and base32 secret. */
  enrollTotp(user: string, secret?: string): { factorId: string; secret: string } {
    const found = this.state.directory.findUser(user);
    if (!found) throw new TypeError(`Unknown user '${user}'`);
    const factor = this.state.mfa.enroll(
      found.id,
      { secret, label: found.email },
      this.state.now(),
    );
    return { factorId: factor.id, secret: factor.secret };
  }

  /** The code the user's (first) authenticator shows now, as a phone would. */
  totpCode(user: string): string {
    const found = this.state.directory.findUser(user);
    const factor = found ? this.state.mfa.factorsOf(found.id)[0] : undefined;
    if (!factor) throw new TypeError(`User '${user}' has no TOTP factor`);
    return totpCode(factor.secret, this.state.now());
  }
}
