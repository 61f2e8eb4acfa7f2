import { ApiKeyStore } from './api-keys.js';
import { AuthStore } from './auth-store.js';
import { CallLog, type RecordedCall } from './call-log.js';
import { Directory } from './directory.js';
import { FaultQueue } from './faults.js';
import { Invitations } from './invitations.js';
import type { KeyRing } from './keys.js';
import { MfaStore } from './mfa.js';
import { OneTimeCodes } from './one-time-codes.js';
import { PendingAuths } from './pending-auth.js';
import type { Seed, SeedM2MApplication } from './seed-types.js';

/** Settings a test may change while the emulator runs. */
export interface Settings {
  accessTokenTtlSeconds: number;
  clockOffsetSeconds: number;
  refreshGraceSeconds: number;
  sessionTtlSeconds: number;
  /** Sessions not refreshed for this long expire; 0 turns the inactivity limit off. */
  sessionInactivitySeconds: number;
  codeTtlSeconds: number;
  /** `true` signs in the first seeded user without a page; a string names the user (id or email). */
  autoLogin: boolean | string;
  allowedRedirectHosts: string[];
}

/** Everything one emulator instance knows; shared by the routes and the programmatic API. */
export class EmulatorState {
  directory: Directory;
  auth = new AuthStore();
  /** Email-verification and Magic Auth codes, and their outbox. */
  codes = new OneTimeCodes();
  mfa = new MfaStore();
  pendingAuth = new PendingAuths();
  apiKeys!: ApiKeyStore;
  invitations!: Invitations;
  /** Machine-to-machine applications by client id. */
  m2mApps = new Map<string, SeedM2MApplication>();
  readonly faults = new FaultQueue();
  readonly calls: CallLog;
  private readonly initialSettings: Settings;
  private readonly initialSeed: Seed;

  constructor(
    public seed: Seed,
    readonly settings: Settings,
    readonly keys: KeyRing,
    readonly clientId: string,
    readonly apiKey: string,
    public issuer: string,
    onCall?: (call: RecordedCall) => void,
  ) {
    this.calls = new CallLog(onCall);
    this.initialSettings = { ...settings };
    this.initialSeed = seed;
    this.directory = new Directory(seed, this.now());
    this.loadCredentials(seed);
  }

  /** Seeded TOTP factors, API keys, invitations and M2M applications. */
  private loadCredentials(seed: Seed): void {
    const now = this.now();
    this.codes = new OneTimeCodes();
    this.mfa = new MfaStore();
    this.pendingAuth = new PendingAuths();
    this.apiKeys = new ApiKeyStore(seed.apiKeys ?? [], now);
    this.invitations = new Invitations(seed.invitations ?? [], now);
    this.m2mApps = new Map((seed.m2mApplications ?? []).map((app) => [app.clientId, app]));
    for (const user of seed.users) {
      if (user.totpSecret) {
        this.mfa.enroll(user.id, { secret: user.totpSecret, label: user.email }, now);
      }
    }
  }

  /** The emulator's clock in epoch ms (real time plus the configured offset). */
  now(): number {
    return Date.now() + this.settings.clockOffsetSeconds * 1000;
  }

  /** Restores the start-up settings and seed (or loads `seed`); forgets codes, sessions, faults, calls. */
  reset(seed: Seed = this.initialSeed): void {
    Object.assign(this.settings, this.initialSettings);
    this.directory = new Directory(seed, this.now());
    this.seed = seed;
    this.auth = new AuthStore();
    this.loadCredentials(seed);
    this.faults.clear();
    this.calls.clear();
  }

  /** The session if it is still active (lifetime and inactivity limits applied). */
  activeSession(sessionId: string) {
    const inactivityMs = this.settings.sessionInactivitySeconds * 1000;
    return this.auth.activeSession(sessionId, this.now(), inactivityMs);
  }

  /** Whether a redirect or return URL points at an allowed host (localhost and 127.0.0.1 by default). */
  isAllowedRedirect(value: string): boolean {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return this.settings.allowedRedirectHosts.some((allowed) =>
      allowed.startsWith('*.') ? host.endsWith(allowed.slice(1)) : allowed === host,
    );
  }
}
