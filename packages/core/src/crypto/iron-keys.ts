import { SessionEncryptionError } from '../errors.js';
import { decodeBase64url, encodeBase64url } from '../util/base64url.js';
import { BoundedMap } from '../util/bounded-map.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const passwordKeys = new BoundedMap<string, Promise<CryptoKey>>(16);

/** Iron's seal expiry skew (`iron-webcrypto` defaults). */
const TIMESTAMP_SKEW_MS = 60_000;
const HMAC_KEY: HmacImportParams = { name: 'HMAC', hash: 'SHA-256', length: 256 };
const AES_KEY: AesKeyAlgorithm = { name: 'AES-CBC', length: 256 };

/** Base64url text as bytes (a malformed part fails like a bad HMAC: it cannot be authentic). */
function bytes(text: string): Uint8Array<ArrayBuffer> {
  const decoded = decodeBase64url(text);
  if (!decoded) throw new SessionEncryptionError('Bad hmac value', undefined, HMAC_MISMATCH);
  return decoded;
}

/** The password as a PBKDF2 key, imported once per process per password. */
function passwordKey(password: string): Promise<CryptoKey> {
  let key = passwordKeys.get(password);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
    passwordKeys.set(password, key);
    key.catch(() => passwordKeys.delete(password));
  }
  return key;
}

/**
 * Iron's key bytes: PBKDF2-HMAC-SHA1, one iteration, 256 bits, from the cached password key.
 * `deriveBits` + `importKey` give the same key as `deriveKey`, several times faster on Node
 * (whose `deriveKey` re-normalizes every argument), and the password is imported once instead
 * of twice per unseal as in `iron-webcrypto`.
 */
async function derivedBytes(password: string, salt: string): Promise<ArrayBuffer> {
  const pbkdf2 = { name: 'PBKDF2', salt: encoder.encode(salt), iterations: 1, hash: 'SHA-1' };
  return crypto.subtle.deriveBits(pbkdf2, await passwordKey(password), 256);
}

async function deriveKey(
  password: string,
  salt: string,
  algorithm: HmacImportParams | AesKeyAlgorithm,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    await derivedBytes(password, salt),
    algorithm,
    false,
    usages,
  );
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
  // Both keys are derived at once; nothing is decrypted before the HMAC has verified.
  const aesKeyPromise = deriveKey(password, encryptionSalt, AES_KEY, ['decrypt']);
  aesKeyPromise.catch(() => undefined);
  const hmacKey = await deriveKey(password, hmacSalt, HMAC_KEY, ['verify']);
  const authentic = await crypto.subtle.verify(
    'HMAC',
    hmacKey,
    bytes(digest),
    encoder.encode(macBase),
  );
  if (!authentic) throw new SessionEncryptionError('Bad hmac value', undefined, HMAC_MISMATCH);
  const aesKey = await aesKeyPromise;
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-CBC', iv: bytes(iv) },
    aesKey,
    bytes(ciphertext),
  );
  return JSON.parse(decoder.decode(plain));
}

/** 256 random bits as hex: iron's salt. */
function randomSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

async function hmacDigest(password: string, salt: string, text: string): Promise<string> {
  const key = await deriveKey(password, salt, HMAC_KEY, ['sign']);
  return encodeBase64url(
    new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text))),
  );
}

/**
 * Seals `data` as iron `Fe26.2` (without the `~N` suffix), as `iron-webcrypto`'s `seal` does with
 * its defaults: JSON, AES-256-CBC under a PBKDF2-SHA1 key from a fresh 256-bit salt and a random
 * IV, then HMAC-SHA256 over the whole string under a second fresh salt. `ttlMs` 0: no expiry.
 */
export async function ironSeal(
  data: unknown,
  password: { id: string; secret: string },
  ttlMs: number,
): Promise<string> {
  const salt = randomSalt();
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const aesKey = await deriveKey(password.secret, salt, AES_KEY, ['encrypt']);
  const plain = encoder.encode(JSON.stringify(data));
  const encrypted = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, aesKey, plain),
  );
  const expiration = ttlMs ? Date.now() + ttlMs : '';
  const macBase = `Fe26.2*${password.id}*${salt}*${encodeBase64url(iv)}*${encodeBase64url(encrypted)}*${expiration}`;
  const hmacSalt = randomSalt();
  return `${macBase}*${hmacSalt}*${await hmacDigest(password.secret, hmacSalt, macBase)}`;
}
