import type { SessionEncryption } from '../crypto/session-encryption.js';
import { PKCEPayloadTooLargeError, SessionEncryptionError } from '../errors.js';
import { base64url, randomToken } from './random.js';

/** Prefix of every per-flow verifier cookie (`wos-auth-verifier-<flowId>`). */
export const PKCE_COOKIE_PREFIX = 'wos-auth-verifier';
/** Lifetime of a sign-in flow and its verifier cookie, in seconds. */
export const PKCE_COOKIE_MAX_AGE = 600;
/** At most this many verifier cookies stay pending when the request is known. */
export const DEFAULT_MAX_PENDING_PKCE_COOKIES = 4;
/**
 * At most this many bytes (`name=value`, the new flow's included) of verifier cookies stay
 * pending when the request is known, so no run of abandoned sign-ins pushes a request past
 * common 8 KB header limits.
 */
export const MAX_PENDING_PKCE_BYTES = 4096;

/** The cookie-name prefixes browsers enforce (`__Host-`: Secure, Path=/, no Domain; `__Secure-`: Secure). */
export type CookieNamePrefix = '' | '__Host-' | '__Secure-';

/**
 * The prefix of a session cookie name, which the verifier cookies take too: a verifier cookie
 * planted from a sibling subdomain then cannot stand in for the app's own.
 */
export function cookieNamePrefix(sessionCookieName: string | undefined): CookieNamePrefix {
  if (sessionCookieName?.startsWith('__Host-')) return '__Host-';
  if (sessionCookieName?.startsWith('__Secure-')) return '__Secure-';
  return '';
}

function withoutPrefix(name: string): string {
  const prefix = cookieNamePrefix(name);
  return prefix ? name.slice(prefix.length) : name;
}
/** Largest custom `state` accepted, in UTF-8 bytes. */
export const MAX_CUSTOM_STATE_BYTES = 2048;

const FLOW_ID = /^[0-9a-z]{9}[A-Za-z0-9_-]{12}$/;

/** What the verifier cookie holds (sealed). The code verifier lives only here. */
export interface PendingSignIn {
  state: string;
  /** A 0.7.x flow's nonce (ours carry theirs in `state`). */
  nonce?: string;
  codeVerifier: string;
  issuedAt: number;
  returnPathname?: string;
  customState?: string;
  redirectUri?: string;
}

/** A new flow id: a fixed-width base-36 timestamp (for ordering) plus 12 random characters. */
export function createFlowId(now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0').slice(-9)}${randomToken(9)}`;
}

/**
 * The verifier cookie name of a flow. `prefix` is the session cookie's (`__Host-`/`__Secure-`,
 * see {@link cookieNamePrefix}); the core passes it whenever the session cookie has one.
 */
export function verifierCookieName(flowId: string, prefix: CookieNamePrefix = ''): string {
  return `${prefix}${PKCE_COOKIE_PREFIX}-${flowId}`;
}

/**
 * True for verifier cookie names (this package's per-flow ones and the original's single one),
 * with or without a `__Host-`/`__Secure-` prefix.
 */
export function isPKCEVerifierCookieName(name: string): boolean {
  const bare = withoutPrefix(name);
  return bare === PKCE_COOKIE_PREFIX || bare.startsWith(`${PKCE_COOKIE_PREFIX}-`);
}

/** The issue time encoded in a per-flow cookie name (0 when unknown, so it sorts oldest). */
function issuedAtOf(name: string): number {
  const flowId = withoutPrefix(name).slice(PKCE_COOKIE_PREFIX.length + 1);
  return FLOW_ID.test(flowId) ? Number.parseInt(flowId.slice(0, 9), 36) : 0;
}

/** Options of {@link selectStalePKCEVerifierCookieNames} (0.7.x's call shape). */
export interface StalePKCEVerifierOptions {
  /** The verifier cookie just written for the new flow: never selected, and counted as pending. */
  keep: string;
  /** Most verifier cookies left pending, `keep` included. Default {@link DEFAULT_MAX_PENDING_PKCE_COOKIES}. */
  max?: number;
  /**
   * The size (`name=value` length) of each pending cookie, `keep` included: the oldest are also
   * selected until the rest fit in `maxBytes`. Without it only the count is bounded.
   */
  sizes?: ReadonlyMap<string, number>;
  /** Most bytes of verifier cookies left pending (with `sizes`). Default {@link MAX_PENDING_PKCE_BYTES}. */
  maxBytes?: number;
}

/**
 * The verifier cookies to clear so that at most `max` stay pending, oldest first. Call it with
 * the request's cookie names before writing a new flow's cookie (`(names, max?)`: room is left
 * for that one), or after, naming it (`(names, { keep, max? })`, as 0.7.x did).
 */
export function selectStalePKCEVerifierCookieNames(
  cookieNames: Iterable<string>,
  maxOrOptions: number | StalePKCEVerifierOptions = DEFAULT_MAX_PENDING_PKCE_COOKIES,
): string[] {
  const options = typeof maxOrOptions === 'object' ? maxOrOptions : { max: maxOrOptions };
  const keep = 'keep' in options ? options.keep : undefined;
  const max = options.max ?? DEFAULT_MAX_PENDING_PKCE_COOKIES;
  const pending = [...new Set(cookieNames)]
    .filter((name) => name !== keep && isPKCEVerifierCookieName(name))
    .sort((a, b) => issuedAtOf(a) - issuedAtOf(b));
  const excess = Math.max(0, pending.length - (Math.max(1, max) - 1));
  const { sizes } = options as StalePKCEVerifierOptions;
  if (!sizes) return pending.slice(0, excess);
  const maxBytes = (options as StalePKCEVerifierOptions).maxBytes ?? MAX_PENDING_PKCE_BYTES;
  const sizeOf = (name: string) => sizes.get(name) ?? name.length + 1;
  let bytes = keep === undefined ? 0 : sizeOf(keep);
  let stale = excess;
  for (let i = excess; i < pending.length; i++) bytes += sizeOf(pending[i] as string);
  while (bytes > maxBytes && stale < pending.length) bytes -= sizeOf(pending[stale++] as string);
  return pending.slice(0, stale);
}

/**
 * Builds the URL `state`: `<flowId>.<nonce>` plus `.<base64url(custom state)>` when given.
 * It names the flow's cookie and is bound to it by the nonce, compared in constant time.
 */
export function createState(flowId: string, customState?: string): string {
  const nonce = randomToken(16);
  if (customState === undefined) return `${flowId}.${nonce}`;
  const bytes = new TextEncoder().encode(customState);
  if (bytes.length > MAX_CUSTOM_STATE_BYTES) {
    throw new PKCEPayloadTooLargeError(
      `The custom state is ${bytes.length} bytes; at most ${MAX_CUSTOM_STATE_BYTES} fit in the sign-in cookie.`,
    );
  }
  return `${flowId}.${nonce}.${base64url(bytes)}`;
}

/** The flow id named by a callback `state`, or `null` when it is not one of ours. */
export function flowIdFromState(state: string | null | undefined): string | null {
  if (typeof state !== 'string' || state.length > 4096) return null;
  const flowId = state.split('.', 1)[0] ?? '';
  return FLOW_ID.test(flowId) ? flowId : null;
}

/** Seals a pending sign-in for its verifier cookie (10-minute seal TTL). */
export async function sealPendingSignIn(
  encryption: SessionEncryption,
  passwords: readonly string[],
  pending: PendingSignIn,
): Promise<string> {
  const sealed = await encryption.sealData(pending, {
    password: passwords,
    ttl: PKCE_COOKIE_MAX_AGE,
  });
  if (sealed.length > 3800) {
    throw new PKCEPayloadTooLargeError(
      'The sign-in cookie would exceed the browser limit; shorten the custom state or returnPathname.',
    );
  }
  return sealed;
}

/** Unseals a verifier cookie; throws `SessionEncryptionError` when tampered, foreign or expired. */
export async function unsealPendingSignIn(
  encryption: SessionEncryption,
  passwords: readonly string[],
  sealed: string,
  now = Date.now(),
): Promise<PendingSignIn> {
  const data = await encryption.unsealData<Partial<PendingSignIn>>(sealed, {
    password: passwords,
    ttl: PKCE_COOKIE_MAX_AGE,
  });
  if (
    !data ||
    typeof data.state !== 'string' ||
    typeof data.codeVerifier !== 'string' ||
    typeof data.issuedAt !== 'number'
  ) {
    throw new SessionEncryptionError('The sign-in verifier cookie has an unexpected shape.');
  }
  if (now - data.issuedAt > PKCE_COOKIE_MAX_AGE * 1000 || data.issuedAt - now > 60_000) {
    throw new SessionEncryptionError('The sign-in verifier cookie has expired.');
  }
  return data as PendingSignIn;
}
