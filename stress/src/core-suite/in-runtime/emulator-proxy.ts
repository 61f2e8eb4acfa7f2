/**
 * What `@workos/authkit-emulator` resolves to inside the runtime matrix's bundles: the seed data
 * as-is, and a `startEmulator()` whose emulator runs in the Node parent and is driven from here.
 */
import { control, enqueue, mirrorOf, placeholder, setLive, sync } from './control-client.js';
import { QUEUED_EMULATOR_METHODS } from './marker.js';

export {
  defaultCredentials,
  defaultIds,
  defaultSeed,
} from '../../../../packages/emulator/src/seed.js';

interface CallRecord {
  method: string;
  path: string;
  grantType?: string;
  sessionId?: string;
}

/** Settings and faults: queued, delivered before the next request reaches the emulator. */
const QUEUED = QUEUED_EMULATOR_METHODS;

/** A handle on an emulator running in the matrix parent, with the Node `Emulator`'s members. */
export class EmulatorProxy {
  readonly url!: string;
  readonly port!: number;
  readonly host!: string;
  readonly clientId!: string;
  readonly apiKey!: string;
  readonly issuer!: string;
  readonly jwksUrl!: string;
  readonly env!: Record<string, string>;
  readonly id!: string;

  constructor(info: Record<string, unknown>) {
    Object.assign(this, info);
    for (const method of QUEUED) {
      (this as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        enqueue({ target: this.id, method, args });
      };
    }
  }

  private get state() {
    return mirrorOf(this.id) as {
      calls?: CallRecord[];
      sessions?: { id: string }[];
      users?: unknown[];
      kid?: string;
    };
  }

  /** The `kid` of the key signing tokens now. */
  get kid(): string {
    return this.state.kid ?? '';
  }

  /** The emulator's call log, filtered as the emulator filters it. */
  calls(filter: { path?: string; method?: string; grantType?: string; sessionId?: string } = {}) {
    return structuredClone(this.state.calls ?? []).filter(
      (c) =>
        (!filter.path || c.path === filter.path) &&
        (!filter.method || c.method === filter.method.toUpperCase()) &&
        (!filter.grantType || c.grantType === filter.grantType) &&
        (!filter.sessionId || c.sessionId === filter.sessionId),
    );
  }

  /** Every session the emulator issued. */
  sessions() {
    return structuredClone(this.state.sessions ?? []);
  }

  /** The users the emulator knows. */
  users() {
    return structuredClone(this.state.users ?? []);
  }

  /** Forgets the call log (here at once, in the parent before the next request). */
  clearCalls(): void {
    enqueue({ target: this.id, method: 'clearCalls', args: [] });
    this.state.calls = [];
  }

  /** Back to the start-up settings; forgets sessions, faults and calls. */
  reset(seed?: unknown): void {
    enqueue({ target: this.id, method: 'reset', args: seed === undefined ? [] : [seed] });
    this.state.calls = [];
    this.state.sessions = [];
  }

  /** Revokes a session; answers from the mirror, and the parent's answer must agree. */
  revokeSession(sessionId: string): boolean {
    const known = (this.state.sessions ?? []).some((s) => s.id === sessionId);
    enqueue({ target: this.id, method: 'revokeSession', args: [sessionId] }, (value) => {
      if (value !== known) throw new Error(`revokeSession answered ${value} in the parent`);
    });
    return known;
  }

  /** A code as if signed in on the page; the real code replaces the token in outgoing requests. */
  createAuthorizationCode(options: Record<string, unknown>): string {
    const pending = placeholder('code');
    enqueue(
      { target: this.id, method: 'createAuthorizationCode', args: [options] },
      pending.resolve,
    );
    return pending.token;
  }

  /**
   * Rotates the signing key in the parent before the next request. The new `kid` is known only
   * there, so reading it from the answer throws; `emulator.kid` has it after the next request.
   */
  rotateSigningKey(options: Record<string, unknown> = {}): { readonly kid: string } {
    enqueue({ target: this.id, method: 'rotateSigningKey', args: [options] }, (value) => {
      this.state.kid = (value as { kid: string }).kid;
    });
    return {
      get kid(): string {
        throw new Error(
          'rotateSigningKey().kid is known only in the parent: read emulator.kid later',
        );
      },
    };
  }

  private async call(method: string, args: unknown[]): Promise<unknown> {
    await sync();
    const { value } = await control('/call', { target: this.id, method, args });
    await sync();
    return value;
  }

  /** Signs a user in directly (tokens as the authenticate endpoint returns them). */
  signIn(options: unknown) {
    return this.call('signIn', [options]);
  }

  /** An impersonated session. */
  impersonate(options: unknown) {
    return this.call('impersonate', [options]);
  }

  /** Stops the emulator in the parent. */
  async stop(): Promise<void> {
    await this.call('stop', []);
    setLive(this.id, false);
  }
}

/** Starts an emulator in the matrix parent (options as for the Node `startEmulator`). */
export async function startEmulator(options: Record<string, unknown> = {}): Promise<EmulatorProxy> {
  await sync();
  const info = (await control('/emulators', { options })) as { id: string };
  setLive(info.id, true);
  await sync();
  return new EmulatorProxy(info);
}

export type Emulator = EmulatorProxy;
