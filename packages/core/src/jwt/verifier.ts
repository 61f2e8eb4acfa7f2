import { createRemoteJWKSet, type JWTVerifyOptions, jwtVerify } from 'jose';
import type { AccessTokenClaims } from '../types.js';
import { BoundedMap } from '../util/bounded-map.js';

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
   * once instead of after jose's 30 s cool-down.
   */
  reloadOnUnknownKey?: boolean;
}

const SESSION_CLAIMS = ['exp', 'iat', 'sub', 'sid'] as const;

/** Shortest time between two forced reloads of one key set. */
export const FORCED_RELOAD_INTERVAL_MS = 5_000;

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

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
      keySet: createRemoteJWKSet(new URL(jwksUrl)),
      forcedAt: Number.NEGATIVE_INFINITY,
      forcing: undefined,
    };
    keySets.set(jwksUrl, shared);
  }
  return shared;
}

/** The process-wide remote key set for a JWKS URL (fetched lazily, cached and refreshed by jose). */
export function remoteKeySet(jwksUrl: string): RemoteKeySet {
  return sharedKeySet(jwksUrl).keySet;
}

const UNAVAILABLE_CODES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JOSE_GENERIC']);

/**
 * Whether a verification failure means "could not reach the key set" rather than "bad token".
 * jose's own errors carry an `ERR_J…` code; anything else thrown while fetching the key set is a
 * transport failure (Node and Bun throw TypeError, workerd a plain Error).
 */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_J')) return UNAVAILABLE_CODES.has(code);
  return error instanceof Error;
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** Verifies WorkOS access tokens: RS256 only, issuer allow-list, small clock tolerance. */
export class TokenVerifier {
  private readonly shared: SharedKeySet;
  private readonly jwtOptions: JWTVerifyOptions;

  constructor(options: TokenVerifierOptions) {
    this.shared = sharedKeySet(options.jwksUrl);
    this.jwtOptions = {
      algorithms: ['RS256'],
      issuer: [...options.issuer],
      clockTolerance: options.clockToleranceSeconds,
      requiredClaims: [...(options.requiredClaims ?? SESSION_CLAIMS)],
    };
  }

  /** Verifies `token` and classifies the result; never throws. */
  async verify(token: string, options: VerifyOptions = {}): Promise<VerifyOutcome> {
    try {
      return await this.attempt(token);
    } catch (error) {
      if (options.reloadOnUnknownKey && codeOf(error) === 'ERR_JWKS_NO_MATCHING_KEY') {
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
    const { payload } = await jwtVerify(token, this.shared.keySet, this.jwtOptions);
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

function classify(error: unknown): VerifyOutcome {
  if (codeOf(error) === 'ERR_JWT_EXPIRED') {
    const payload = (error as { payload?: unknown }).payload;
    if (payload && typeof payload === 'object' && 'sid' in payload) {
      return { status: 'expired', claims: payload as AccessTokenClaims };
    }
    return { status: 'invalid', error };
  }
  if (isUnavailable(error)) return { status: 'unavailable', error };
  return { status: 'invalid', error };
}
