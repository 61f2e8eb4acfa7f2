import { base64url } from 'jose';
import { SessionEncryptionError } from '../errors.js';
import { BoundedMap } from '../util/bounded-map.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const baseKeys = new BoundedMap<string, Promise<CryptoKey>>(16);

/** Iron's key-derivation settings (`iron-webcrypto` defaults): PBKDF2-SHA1, one iteration. */
const ITERATIONS = 1;
const TIMESTAMP_SKEW_MS = 60_000;
const HMAC_KEY: HmacImportParams = { name: 'HMAC', hash: 'SHA-256', length: 256 };
const AES_KEY: AesDerivedKeyParams = { name: 'AES-CBC', length: 256 };

/**
 * The PBKDF2 base key of a password, imported once per process (iron imports it twice for every
 * unseal; deriving from a cached base key gives the same keys).
 */
/** Base64url text as bytes backed by a plain `ArrayBuffer` (what WebCrypto's types ask for). */
function bytes(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(base64url.decode(text));
}

function baseKey(password: string): Promise<CryptoKey> {
  let key = baseKeys.get(password);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey']);
    baseKeys.set(password, key);
    key.catch(() => baseKeys.delete(password));
  }
  return key;
}

async function deriveKey(
  password: string,
  salt: string,
  algorithm: HmacImportParams | AesDerivedKeyParams,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const pbkdf2 = {
    name: 'PBKDF2',
    salt: encoder.encode(salt),
    iterations: ITERATIONS,
    hash: 'SHA-1',
  };
  return crypto.subtle.deriveKey(pbkdf2, await baseKey(password), algorithm, false, usages);
}

/** `data` of the error thrown when the seal's HMAC does not verify with the password. */
export const HMAC_MISMATCH = Object.freeze({ reason: 'hmac_mismatch' });

/** True when `error` is {@link ironUnseal}'s "wrong password or altered seal" failure. */
export function isHmacMismatch(error: unknown): boolean {
  return error instanceof SessionEncryptionError && error.data?.reason === HMAC_MISMATCH.reason;
}

/**
 * Opens an iron `Fe26.2` seal (without the `~N` version suffix) with one password: the same checks
 * and crypto as `iron-webcrypto`'s `unseal` with its defaults (prefix, expiry with 60 s skew,
 * HMAC-SHA256 verified in constant time by WebCrypto before anything is decrypted, AES-256-CBC,
 * JSON). Throws `SessionEncryptionError` with iron's messages; for a wrong password or an altered
 * seal (`Bad hmac value`) its `data` is {@link HMAC_MISMATCH}, so callers can try the next password.
 */
export async function ironUnseal(sealed: string, password: string): Promise<unknown> {
  const parts = sealed.split('*');
  if (parts.length !== 8) throw new SessionEncryptionError('Incorrect number of sealed components');
  const [prefix, , encryptionSalt, iv, ciphertext, expiration, hmacSalt, digest] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (prefix !== 'Fe26.2') throw new SessionEncryptionError('Wrong mac prefix');
  if (expiration) {
    if (!/^[1-9]\d*$/.test(expiration)) throw new SessionEncryptionError('Invalid expiration');
    if (Number.parseInt(expiration, 10) <= Date.now() - TIMESTAMP_SKEW_MS) {
      throw new SessionEncryptionError('Expired seal');
    }
  }
  const macBase = sealed.slice(0, sealed.length - hmacSalt.length - digest.length - 2);
  const hmacKey = await deriveKey(password, hmacSalt, HMAC_KEY, ['verify']);
  const authentic = await crypto.subtle.verify(
    'HMAC',
    hmacKey,
    bytes(digest),
    encoder.encode(macBase),
  );
  if (!authentic) throw new SessionEncryptionError('Bad hmac value', undefined, HMAC_MISMATCH);
  const aesKey = await deriveKey(password, encryptionSalt, AES_KEY, ['decrypt']);
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-CBC', iv: bytes(iv) },
    aesKey,
    bytes(ciphertext),
  );
  return JSON.parse(decoder.decode(plain));
}
