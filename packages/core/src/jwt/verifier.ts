import { TokenValidationError } from '../errors.js';
import type { AccessTokenClaims } from '../types.js';
import { BoundedMap } from '../util/bounded-map.js';
import { type ClaimRules, type JwsResult, RemoteKeySet, verifyRs256 } from './jws.js';

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
  /**
   * Claims a token must carry. Default `exp`, `iat`, `sub`, `sid` (a user session's access
   * token); machine-to-machine tokens have no `sid`.
   */
  requiredClaims?: readonly string[];
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

const SESSION_CLAIMS = ['exp', 'iat', 'sub', 'sid'] as const;

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

/** Verifies WorkOS access tokens: RS256 only, issuer allow-list, small clock tolerance. */
export class TokenVerifier {
  private readonly shared: SharedKeySet;
  private readonly rules: ClaimRules;

  constructor(options: TokenVerifierOptions) {
    this.shared = sharedKeySet(options.jwksUrl);
    this.rules = {
      issuer: [...options.issuer],
      clockToleranceSeconds: options.clockToleranceSeconds,
      requiredClaims: [...(options.requiredClaims ?? SESSION_CLAIMS)],
    };
  }

  /**
   * Verifies `token` and classifies the result; never throws. Anything thrown while getting the
   * keys (fetch failed or timed out, non-200, malformed set; Node and Bun throw `TypeError`,
   * workerd a plain `Error`) is the key set's fault: `unavailable`.
   */
  async verify(token: string, options: VerifyOptions = {}): Promise<VerifyOutcome> {
    try {
      let result = await verifyRs256(token, this.shared.keySet, this.rules);
      if (result.status === 'no_matching_key' && options.reloadOnUnknownKey) {
        const reloaded = await this.forceReload();
        if (reloaded === 'reloaded')
          result = await verifyRs256(token, this.shared.keySet, this.rules);
        else if (reloaded !== 'skipped') return { status: 'unavailable', error: reloaded.error };
      }
      return outcome(result);
    } catch (error) {
      return { status: 'unavailable', error };
    }
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

/** The verifier's answer for a verification result. */
function outcome(result: JwsResult): VerifyOutcome {
  if (result.status === 'valid')
    return { status: 'valid', claims: result.payload as AccessTokenClaims };
  if (result.status === 'expired') {
    const claims = result.payload as AccessTokenClaims;
    if (typeof claims.sid === 'string') return { status: 'expired', claims };
    return {
      status: 'invalid',
      error: new TokenValidationError('The expired access token has no session id. Sign in again.'),
    };
  }
  return { status: 'invalid', error: result.error };
}
