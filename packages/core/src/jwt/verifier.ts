import type { AccessTokenClaims } from '../types.js';
import { BoundedMap } from '../util/bounded-map.js';
import { type ClaimRules, JwsError, RemoteKeySet, verifyRs256 } from './jws.js';

/** What verifying an access token found. */
export type VerifyOutcome =
  | { status: 'valid'; claims: AccessTokenClaims }
  /** Signature, algorithm and issuer are fine; only the lifetime is over. */
  | { status: 'expired'; claims: AccessTokenClaims }
  | { status: 'invalid'; error: unknown }
  /** The key set could not be fetched (network, timeout, non-200): not the token's fault. */
  | { status: 'unavailable'; error: unknown };

/** Options for {@link TokenVerifier}. */
export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: readonly string[];
  clockToleranceSeconds: number;
}

/** Options of one {@link TokenVerifier.verify} call. */
export interface VerifyOptions {
  /**
   * The token is known to come from WorkOS (it was inside an authentic sealed cookie): when no
   * key of the cached set matches its `kid`, reload the key set once (rate-limited, see
   * {@link FORCED_RELOAD_INTERVAL_MS}) and try again, so a signing-key rotation is picked up at
   * once instead of after the key set's 30 s cool-down.
   */
  reloadOnUnknownKey?: boolean;
}

/** Shortest time between two forced reloads of one key set. */
export const FORCED_RELOAD_INTERVAL_MS = 5_000;

/** A process-wide remote key set and when it was last reloaded on demand. */
interface SharedKeySet {
  keySet: RemoteKeySet;
  forcedAt: number;
  /** The forced reload in progress: requests racing it wait for it instead of giving up. */
  forcing: Promise<ReloadResult> | undefined;
}

type ReloadResult = 'reloaded' | 'skipped' | { error: unknown };

/**
 * One key set per JWKS URL (one per WorkOS client id), bounded so a process serving many client
 * ids cannot grow it forever. An evicted set stays in use by the verifiers that hold it.
 */
const keySets = new BoundedMap<string, SharedKeySet>(64);

function sharedKeySet(jwksUrl: string): SharedKeySet {
  let shared = keySets.get(jwksUrl);
  if (!shared) {
    shared = {
      keySet: new RemoteKeySet(jwksUrl),
      forcedAt: Number.NEGATIVE_INFINITY,
      forcing: undefined,
    };
    keySets.set(jwksUrl, shared);
  }
  return shared;
}

const reasonOf = (error: unknown) => (error instanceof JwsError ? error.reason : undefined);

/** Verifies WorkOS access tokens: RS256 only, issuer allow-list, small clock tolerance. */
export class TokenVerifier {
  private readonly shared: SharedKeySet;
  private readonly rules: ClaimRules;

  constructor(options: TokenVerifierOptions) {
    this.shared = sharedKeySet(options.jwksUrl);
    this.rules = {
      issuer: [...options.issuer],
      clockToleranceSeconds: options.clockToleranceSeconds,
      requiredClaims: ['exp', 'iat', 'sub', 'sid'],
    };
  }

  /** Verifies `token` and classifies the result; never throws. */
  async verify(token: string, options: VerifyOptions = {}): Promise<VerifyOutcome> {
    try {
      return await this.attempt(token);
    } catch (error) {
      if (options.reloadOnUnknownKey && reasonOf(error) === 'no_matching_key') {
        const reloaded = await this.forceReload();
        if (reloaded === 'reloaded') {
          try {
            return await this.attempt(token);
          } catch (retryError) {
            return classify(retryError);
          }
        }
        if (reloaded !== 'skipped') return { status: 'unavailable', error: reloaded.error };
      }
      return classify(error);
    }
  }

  private async attempt(token: string): Promise<VerifyOutcome> {
    const payload = await verifyRs256(token, this.shared.keySet, this.rules);
    return { status: 'valid', claims: payload as AccessTokenClaims };
  }

  /** Reloads the key set unless that was done a moment ago (a flood of unknown kids stays cheap). */
  private forceReload(): Promise<ReloadResult> {
    const shared = this.shared;
    if (shared.forcing) return shared.forcing;
    const now = Date.now();
    if (now - shared.forcedAt < FORCED_RELOAD_INTERVAL_MS) return Promise.resolve('skipped');
    shared.forcedAt = now;
    shared.forcing = shared.keySet.reload().then(
      (): ReloadResult => 'reloaded',
      (error: unknown): ReloadResult => ({ error }),
    );
    void shared.forcing.finally(() => {
      shared.forcing = undefined;
    });
    return shared.forcing;
  }
}

/**
 * Sorts a failure: the token's fault (`invalid`, or `expired` with an authentic payload) or the
 * key set's (`unavailable`: fetch failed, timed out, non-200, malformed set; Node and Bun throw
 * `TypeError`, workerd a plain `Error`).
 */
function classify(error: unknown): VerifyOutcome {
  const reason = reasonOf(error);
  if (reason === 'expired') {
    const payload = (error as JwsError).payload;
    if (payload && 'sid' in payload)
      return { status: 'expired', claims: payload as AccessTokenClaims };
    return { status: 'invalid', error };
  }
  if (reason === 'unavailable' || (reason === undefined && error instanceof Error)) {
    return { status: 'unavailable', error };
  }
  return { status: 'invalid', error };
}
