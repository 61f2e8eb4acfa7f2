import { SessionEncryptionError } from '../errors.js';
import { ironSeal, ironUnseal, isHmacMismatch } from './iron-keys.js';

/** Password(s) for sealing: a string, or a list whose first entry seals and any entry unseals. */
export type SealPassword = string | readonly string[];

/** Options for {@link SessionEncryption.sealData} / `unsealData`. */
export interface SealOptions {
  password: SealPassword;
  /** Lifetime in seconds; 0 (default) means the seal itself never expires. */
  ttl?: number | undefined;
}

/** Seals and unseals values. Swap in your own implementation via `AuthKitCore`. */
export interface SessionEncryption {
  sealData(data: unknown, options: SealOptions): Promise<string>;
  unsealData<T = unknown>(sealed: string, options: SealOptions): Promise<T>;
}

const VERSION_SUFFIX = '~2';
const PASSWORD_ID = '1';

function passwordList(password: SealPassword): string[] {
  const list = typeof password === 'string' ? [password] : [...password];
  if (list.length === 0 || list.some((p) => typeof p !== 'string' || p.length < 32)) {
    throw new SessionEncryptionError(
      'Every cookie password must be at least 32 characters long (WORKOS_COOKIE_PASSWORD).',
    );
  }
  return list;
}

function splitVersion(sealed: string): { seal: string; version: number | null } {
  const tilde = sealed.lastIndexOf('~');
  if (tilde === -1) return { seal: sealed, version: null };
  const suffix = sealed.slice(tilde + 1);
  const version = /^[1-9]\d{0,2}$/.test(suffix) ? Number(suffix) : Number.NaN;
  return { seal: sealed.slice(0, tilde), version };
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** True when `text` is canonical unpadded base64url (no alternative spelling of the same bytes). */
function isCanonicalBase64url(text: string): boolean {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return false;
  const unusedBits = text.length % 4 === 2 ? 4 : text.length % 4 === 3 ? 2 : 0;
  if (unusedBits === 0) return true;
  const last = B64URL.indexOf(text.charAt(text.length - 1));
  return (last & ((1 << unusedBits) - 1)) === 0;
}

/** Rejects seals whose base64url parts are not canonically encoded (so every altered string fails). */
function hasCanonicalParts(seal: string): boolean {
  const parts = seal.split('*');
  return (
    parts.length === 8 && [parts[3], parts[4], parts[7]].every((p) => isCanonicalBase64url(p ?? ''))
  );
}

/**
 * iron `Fe26.2` sealing (AES-256-CBC + HMAC-SHA256 with WebCrypto, as `iron-webcrypto` does), byte-compatible with
 * iron-session v8, the WorkOS Node SDK's sealed sessions and the original
 * `@workos/authkit-session`: password id `1`, suffix `~2`.
 */
export class IronSessionEncryption implements SessionEncryption {
  /** Seals `data` with the first password. */
  async sealData(data: unknown, options: SealOptions): Promise<string> {
    const [secret] = passwordList(options.password);
    try {
      const ttlMs = options.ttl ? Math.max(0, options.ttl) * 1000 : 0;
      const sealed = await ironSeal(data, { id: PASSWORD_ID, secret: secret as string }, ttlMs);
      return `${sealed}${VERSION_SUFFIX}`;
    } catch (error) {
      throw new SessionEncryptionError('Could not seal the session.', error);
    }
  }

  /** Unseals with whichever configured password matches; throws `SessionEncryptionError` otherwise. */
  async unsealData<T = unknown>(sealed: string, options: SealOptions): Promise<T> {
    const passwords = passwordList(options.password);
    if (typeof sealed !== 'string' || !sealed.startsWith('Fe26.2*')) {
      throw new SessionEncryptionError('The sealed value is not in iron Fe26.2 format.');
    }
    const { seal: body, version } = splitVersion(sealed);
    if (Number.isNaN(version) || !hasCanonicalParts(body)) {
      throw new SessionEncryptionError('The sealed value is malformed.');
    }
    let lastError: unknown;
    for (const password of passwords) {
      try {
        const data = await ironUnseal(body, password);
        if (version !== null && version !== 2 && data && typeof data === 'object') {
          return { ...(data as { persistent?: object }).persistent } as T;
        }
        return data as T;
      } catch (error) {
        lastError = error;
        if (!isHmacMismatch(error)) break;
      }
    }
    throw new SessionEncryptionError(
      'The sealed value could not be opened: it was tampered with, has expired, or was sealed with a password that is not configured.',
      lastError,
    );
  }
}

/** The default {@link SessionEncryption} (iron Fe26.2). */
export const sessionEncryption: SessionEncryption = new IronSessionEncryption();
