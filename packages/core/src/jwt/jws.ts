import { decodeBase64url, decodeJsonSegment } from '../util/base64url.js';

/**
 * RS256 compact JWS verification and a remote JSON Web Key Set, with WebCrypto only: the part
 * of `jose` the core needs to verify WorkOS access tokens (its JWKS caching rules: 10 min max
 * age, 30 s cool-down before an unknown `kid` reloads the set, 5 s fetch timeout; its claim
 * checks), in a fraction of the bundle. Minting and test keys still use `jose`.
 */

/** Why a verification failed: `unavailable` is the key set's fault, the rest the token's. */
export type JwsFailure = 'invalid' | 'expired' | 'no_matching_key' | 'unavailable';

/** A failed verification; an `expired` one carries the authentic payload. */
export class JwsError extends Error {
  constructor(
    readonly reason: JwsFailure,
    message: string,
    readonly payload?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'JwsError';
  }
}

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

async function importRsaKey(jwk: Jwk): Promise<CryptoKey> {
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: 'RSA', n: jwk.n, e: jwk.e },
    RS256,
    false,
    ['verify'],
  );
  const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (bits < 2048) throw new JwsError('invalid', 'RS256 keys must be at least 2048 bits');
  return key;
}

/** A JSON Web Key Set fetched from a URL, cached, and reloaded when stale or on an unknown `kid`. */
export class RemoteKeySet {
  private keys: Jwk[] | undefined;
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | undefined;
  private readonly imported = new WeakMap<Jwk, Promise<CryptoKey>>();

  constructor(private readonly url: string) {}

  /** Fetches the set now (one fetch at a time; callers racing it share it). */
  reload(): Promise<void> {
    this.pending ??= this.fetchKeys().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** The keys that may have signed a token with this `kid`. */
  async candidates(kid: string | undefined): Promise<CryptoKey[]> {
    if (!this.keys || Date.now() - this.fetchedAt >= MAX_AGE_MS) await this.reload();
    let found = this.match(kid);
    if (found.length === 0 && Date.now() - this.fetchedAt >= COOLDOWN_MS) {
      await this.reload();
      found = this.match(kid);
    }
    if (found.length === 0) {
      throw new JwsError('no_matching_key', 'No key of the JSON Web Key Set matches the token');
    }
    return Promise.all(found.map((jwk) => this.importKey(jwk)));
  }

  private match(kid: string | undefined): Jwk[] {
    return (this.keys ?? []).filter((jwk) => usable(jwk, kid));
  }

  private importKey(jwk: Jwk): Promise<CryptoKey> {
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
    if (response.status !== 200) {
      throw new JwsError('unavailable', 'Expected 200 OK from the JSON Web Key Set URL');
    }
    const body = (await response.json()) as { keys?: unknown } | null;
    const keys = body?.keys;
    if (!Array.isArray(keys) || !keys.every((k) => k && typeof k === 'object')) {
      throw new JwsError('unavailable', 'The JSON Web Key Set is malformed');
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
const invalid = (message: string) => new JwsError('invalid', message);

function parse(token: string) {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3) throw invalid('Not a compact JWS');
  const [head, body, signature] = parts as [string, string, string];
  let header: Record<string, unknown>;
  let sig: Uint8Array<ArrayBuffer>;
  try {
    header = decodeJsonSegment(head);
    sig = decodeBase64url(signature);
  } catch {
    throw invalid('Malformed JWS');
  }
  if (header.alg !== 'RS256') throw invalid('Only RS256 is accepted');
  if ('crit' in header) throw invalid('Critical header parameters are not supported');
  if (header.kid !== undefined && typeof header.kid !== 'string') throw invalid('Invalid kid');
  return { kid: header.kid as string | undefined, body, sig, data: `${head}.${body}` };
}

function checkClaims(payload: Record<string, unknown>, rules: ClaimRules): void {
  for (const claim of rules.requiredClaims) {
    if (!(claim in payload)) throw invalid(`Missing "${claim}" claim`);
  }
  if (!rules.issuer.includes(payload.iss as string)) throw invalid('Unexpected "iss" claim');
  const now = Math.floor(Date.now() / 1000);
  const tolerance = rules.clockToleranceSeconds;
  const { iat, nbf, exp } = payload;
  if (iat !== undefined && typeof iat !== 'number') throw invalid('"iat" must be a number');
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + tolerance)) {
    throw invalid('"nbf" claim check failed');
  }
  if (exp !== undefined) {
    if (typeof exp !== 'number') throw invalid('"exp" must be a number');
    if (exp <= now - tolerance) throw new JwsError('expired', 'The token has expired', payload);
  }
}

/**
 * Verifies an RS256 compact JWT against a key set, then its claims; returns the payload.
 * Throws {@link JwsError} (`expired` only after the signature and issuer checked out).
 */
export async function verifyRs256(
  token: string,
  keySet: RemoteKeySet,
  rules: ClaimRules,
): Promise<Record<string, unknown>> {
  const { kid, body, sig, data } = parse(token);
  const keys = await keySet.candidates(kid);
  const signed = encoder.encode(data);
  let authentic = false;
  for (const key of keys) {
    if (await crypto.subtle.verify(RS256, key, sig, signed)) {
      authentic = true;
      break;
    }
  }
  if (!authentic) throw invalid('Signature verification failed');
  let payload: Record<string, unknown>;
  try {
    payload = decodeJsonSegment(body);
  } catch {
    throw invalid('Malformed JWT payload');
  }
  checkClaims(payload, rules);
  return payload;
}
