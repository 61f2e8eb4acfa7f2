import { TokenValidationError } from '../errors.js';
import { decodeBase64url, decodeJsonSegment } from '../util/base64url.js';

/**
 * RS256 compact JWS verification and a remote JSON Web Key Set, with WebCrypto only: the part
 * of `jose` the core needs to verify WorkOS access tokens (its JWKS caching rules: 10 min max
 * age, 30 s cool-down before an unknown `kid` reloads the set, 5 s fetch timeout; its claim
 * checks), in a fraction of the bundle. Minting and test keys still use `jose`.
 */

/** What {@link verifyRs256} found; a key set that cannot be fetched throws instead. */
export type JwsResult =
  | { status: 'valid'; payload: Record<string, unknown> }
  | { status: 'expired'; payload: Record<string, unknown> }
  | { status: 'invalid' | 'no_matching_key'; error: TokenValidationError };

const RS256: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const FETCH_TIMEOUT_MS = 5_000;
const COOLDOWN_MS = 30_000;
const MAX_AGE_MS = 600_000;

type Jwk = JsonWebKey & { kid?: unknown };

function usable(jwk: Jwk, kid: string | undefined): boolean {
  return (
    jwk.kty === 'RSA' &&
    (kid === undefined || jwk.kid === kid) &&
    (jwk.alg === undefined || jwk.alg === 'RS256') &&
    (jwk.use === undefined || jwk.use === 'sig') &&
    (jwk.key_ops === undefined || (Array.isArray(jwk.key_ops) && jwk.key_ops.includes('verify')))
  );
}

/** The JWK as an RS256 verification key; `null` when shorter than 2048 bits. */
async function importRsaKey(jwk: Jwk): Promise<CryptoKey | null> {
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: 'RSA', n: jwk.n, e: jwk.e },
    RS256,
    false,
    ['verify'],
  );
  return (key.algorithm as RsaHashedKeyAlgorithm).modulusLength >= 2048 ? key : null;
}

/** A JSON Web Key Set fetched from a URL, cached, and reloaded when stale or on an unknown `kid`. */
export class RemoteKeySet {
  private keys: Jwk[] | undefined;
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | undefined;
  private readonly imported = new WeakMap<Jwk, Promise<CryptoKey | null>>();

  constructor(private readonly url: string) {}

  /** Fetches the set now (one fetch at a time; callers racing it share it). */
  reload(): Promise<void> {
    this.pending ??= this.fetchKeys().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** The keys that may have signed a token with this `kid` (none: no matching key). */
  async candidates(kid: string | undefined): Promise<CryptoKey[]> {
    if (!this.keys || Date.now() - this.fetchedAt >= MAX_AGE_MS) await this.reload();
    let found = this.match(kid);
    if (found.length === 0 && Date.now() - this.fetchedAt >= COOLDOWN_MS) {
      await this.reload();
      found = this.match(kid);
    }
    const keys = await Promise.all(found.map((jwk) => this.importKey(jwk)));
    return keys.filter((key): key is CryptoKey => key !== null);
  }

  private match(kid: string | undefined): Jwk[] {
    return (this.keys ?? []).filter((jwk) => usable(jwk, kid));
  }

  private importKey(jwk: Jwk): Promise<CryptoKey | null> {
    let key = this.imported.get(jwk);
    if (!key) {
      key = importRsaKey(jwk);
      this.imported.set(jwk, key);
    }
    return key;
  }

  private async fetchKeys(): Promise<void> {
    const response = await fetch(this.url, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    const unavailable = (what: string) =>
      new TokenValidationError(`${what}: check WORKOS_CLIENT_ID and the WorkOS API host.`, {
        transient: true,
      });
    if (response.status !== 200) {
      throw unavailable(`The JSON Web Key Set answered HTTP ${response.status}, not 200`);
    }
    const body = (await response.json()) as { keys?: unknown } | null;
    const keys = body?.keys;
    if (!Array.isArray(keys) || !keys.every((k) => k && typeof k === 'object')) {
      throw unavailable('The JSON Web Key Set is malformed');
    }
    this.keys = keys as Jwk[];
    this.fetchedAt = Date.now();
  }
}

/** Claim checks of {@link verifyRs256}. */
export interface ClaimRules {
  issuer: readonly string[];
  clockToleranceSeconds: number;
  requiredClaims: readonly string[];
}

const encoder = new TextEncoder();
const tokenError = (reason: string) =>
  new TokenValidationError(`The access token is not valid: ${reason}. Sign in again.`);
const invalid = (reason: string): JwsResult => ({ status: 'invalid', error: tokenError(reason) });

/** `null` when the claims hold, else why not (`expired` only once everything else held). */
function claimsFailure(payload: Record<string, unknown>, rules: ClaimRules): string | null {
  for (const claim of rules.requiredClaims) {
    if (!(claim in payload)) return `no "${claim}" claim`;
  }
  if (!rules.issuer.includes(payload.iss as string)) return 'unexpected issuer';
  const now = Math.floor(Date.now() / 1000);
  const tolerance = rules.clockToleranceSeconds;
  const { iat, nbf, exp } = payload;
  if (iat !== undefined && typeof iat !== 'number') return '"iat" is not a number';
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + tolerance)) {
    return 'not valid yet ("nbf")';
  }
  if (exp !== undefined) {
    if (typeof exp !== 'number') return '"exp" is not a number';
    if (exp <= now - tolerance) return 'expired';
  }
  return null;
}

/**
 * Verifies an RS256 compact JWT against a key set, then its claims (`expired` only when the
 * signature, issuer and other claims check out). Throws only when the key set cannot be fetched.
 */
export async function verifyRs256(
  token: string,
  keySet: RemoteKeySet,
  rules: ClaimRules,
): Promise<JwsResult> {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3) return invalid('not a compact JWT');
  const [head, body, signature] = parts as [string, string, string];
  const header = decodeJsonSegment(head);
  const sig = decodeBase64url(signature);
  if (!header || !sig) return invalid('malformed');
  if (header.alg !== 'RS256') return invalid('only RS256 is accepted');
  if ('crit' in header) return invalid('critical header parameters are not supported');
  const kid = header.kid;
  if (kid !== undefined && typeof kid !== 'string') return invalid('malformed "kid"');
  const keys = await keySet.candidates(kid);
  if (keys.length === 0) {
    return { status: 'no_matching_key', error: tokenError('no key of the key set matches') };
  }
  const signed = encoder.encode(`${head}.${body}`);
  let authentic = false;
  for (const key of keys) {
    if (await crypto.subtle.verify(RS256, key, sig, signed)) {
      authentic = true;
      break;
    }
  }
  if (!authentic) return invalid('bad signature');
  const payload = decodeJsonSegment(body);
  if (!payload) return invalid('malformed payload');
  const failure = claimsFailure(payload, rules);
  if (failure === 'expired') return { status: 'expired', payload };
  return failure ? invalid(failure) : { status: 'valid', payload };
}
