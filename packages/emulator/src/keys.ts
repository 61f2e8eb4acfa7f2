import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

/** An RS256 signing key with its stable key id and public JWK. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: { kty: 'RSA'; n: string; e: string; kid: string; alg: 'RS256'; use: 'sig' };
  retiredAt: number | null;
}

/** How long a retired key is still served in the JWKS after a rotation (default one hour). */
export const DEFAULT_RETIRED_KEY_SECONDS = 3600;

/**
 * Loads a PEM private key (PKCS#8 or PKCS#1 RSA) or generates a fresh 2048-bit RSA key. The `kid`
 * is derived from the key (RFC 7638 thumbprint), so a pinned key keeps the same JWKS across restarts.
 */
export function createSigningKey(pem?: string | KeyObject): SigningKey {
  const privateKey =
    pem === undefined
      ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
      : typeof pem === 'string'
        ? createPrivateKey(pem)
        : pem;
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'rsa') {
    throw new TypeError(
      'The emulator signs RS256 tokens: the signing key must be an RSA private key',
    );
  }
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JsonWebKey;
  const n = String(jwk.n);
  const e = String(jwk.e);
  const thumbprint = createHash('sha256')
    .update(JSON.stringify({ e, kty: 'RSA', n }))
    .digest('base64url');
  const kid = `key_${thumbprint}`;
  return {
    kid,
    privateKey,
    publicJwk: { kty: 'RSA', n, e, kid, alg: 'RS256', use: 'sig' },
    retiredAt: null,
  };
}

/** The active signing key plus recently retired keys still published in the JWKS. */
export class KeyRing {
  private keys: SigningKey[];

  constructor(
    active: SigningKey,
    private readonly retiredKeySeconds = DEFAULT_RETIRED_KEY_SECONDS,
  ) {
    this.keys = [active];
  }

  /** The key new tokens are signed with. */
  get active(): SigningKey {
    return this.keys[0]!;
  }

  /** Makes `next` the signing key; the previous ones stay published unless `keepPrevious` is false. */
  rotate(next: SigningKey, now: number, keepPrevious = true): void {
    const previous = this.keys
      .filter((key) => key.kid !== next.kid)
      .map((key) => ({ ...key, retiredAt: key.retiredAt ?? now }));
    this.keys = [{ ...next, retiredAt: null }, ...(keepPrevious ? previous : [])];
  }

  /** The JWKS document: the active key first, then retired keys inside their retention window. */
  jwks(now: number) {
    this.keys = this.keys.filter(
      (key) => key.retiredAt === null || now - key.retiredAt < this.retiredKeySeconds * 1000,
    );
    return { keys: this.keys.map((key) => key.publicJwk) };
  }
}
