import { ENV_VARS, type EnvBackedKey, processEnvSource, readEnv } from './env.js';
import type { ValueReader } from './types.js';

/**
 * Cookie passwords printed in this repository's examples and READMEs. Anyone can seal a session
 * with them, so they are refused outside development.
 */
const PUBLISHED_PASSWORDS: ReadonlySet<string> = new Set([
  'dev-only-cookie-password-change-me-in-production',
  'dev-only-cookie-password-at-least-32-characters',
  'dev-only-cookie-password-not-for-production',
  'dev-only-cookie-password-not-a-secret-000',
  'at-least-32-characters-long-secret',
  'a-test-password-of-at-least-32-chars',
]);

/**
 * Estimated bits below which a password counts as guessable. 32 random hex digits (`openssl rand
 * -hex 16`) estimate at 112 on average but spread down to 85 (lowest of 2 million draws; 1 in
 * 10,000 fell below 96, the earlier threshold, refusing a real random password), so the line sits
 * well under that tail while `aaaaaaaabbbbbbbb…` (64) and the like stay refused.
 */
const MIN_ESTIMATED_BITS = 72;

/**
 * True when `NODE_ENV` is `development` or `test`: read through the value source, else from
 * `process.env` (value sources such as an adapter's `WORKOS_*` bindings may not carry it). A
 * runtime without either counts as production.
 */
export function isDevelopment(source: ValueReader): boolean {
  const mode = (
    readEnv(source, 'NODE_ENV') ?? readEnv(processEnvSource, 'NODE_ENV')
  )?.toLowerCase();
  return mode === 'development' || mode === 'test';
}

/** Length × the entropy of the password's own character frequencies (a cheap upper estimate). */
function estimatedBits(password: string): number {
  const counts = new Map<string, number>();
  for (const char of password) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / password.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * password.length;
}

/** True when the password is a shorter string repeated (`abcabcabc…`, `passwordpassword…`). */
function isRepetition(password: string): boolean {
  for (let period = 1; period <= password.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < password.length && repeats; i++) {
      repeats = password[i] === password[i - period];
    }
    if (repeats) return true;
  }
  return false;
}

/**
 * Why a cookie password must not be used in production, or `undefined` when it may: one of the
 * published example passwords, a repetition, or too few distinct characters for its length.
 */
export function weakPasswordReason(password: string): string | undefined {
  if (PUBLISHED_PASSWORDS.has(password)) {
    return 'is an example password published in the AuthKit docs, so anyone can forge sessions with it';
  }
  if (isRepetition(password) || estimatedBits(password) < MIN_ESTIMATED_BITS) {
    return 'is guessable (repeated or too few distinct characters)';
  }
  return undefined;
}

const LOOPBACK = /^(?:localhost|[a-z0-9-]+\.localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/** True for host names that never leave the machine (where plain HTTP cannot leak the API key). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

const warned = new Set<string>();

/**
 * Warns once per key (per process) when an environment variable overrides a different value set
 * in code: the environment wins, which is surprising for security settings. Never prints values.
 */
export function warnEnvOverride(key: EnvBackedKey, codeValue: unknown, envValue: string): void {
  if (codeValue === undefined || codeValue === null || warned.has(key)) return;
  const text = Array.isArray(codeValue) ? codeValue.join(',') : String(codeValue);
  if (text.trim() === '' || text.trim() === envValue) return;
  warned.add(key);
  console.warn(
    `[authkit] ${ENV_VARS[key]} from the environment overrides \`${key}\` set in code (the environment wins). Remove one of them so the setting is not silently replaced.`,
  );
}
