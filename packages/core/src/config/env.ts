import type { ValueReader } from './types.js';

/** Reads `process.env` when the runtime has one (Node, Bun, Next edge); `undefined` elsewhere. */
export const processEnvSource: ValueReader = (envName) => {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env;
    return env?.[envName];
  } catch {
    return undefined;
  }
};

/** Maps each config key that can come from the environment to its variable name. */
export const ENV_VARS = {
  clientId: 'WORKOS_CLIENT_ID',
  apiKey: 'WORKOS_API_KEY',
  redirectUri: 'WORKOS_REDIRECT_URI',
  cookiePassword: 'WORKOS_COOKIE_PASSWORD',
  cookieName: 'WORKOS_COOKIE_NAME',
  cookieMaxAge: 'WORKOS_COOKIE_MAX_AGE',
  cookieDomain: 'WORKOS_COOKIE_DOMAIN',
  cookieSameSite: 'WORKOS_COOKIE_SAME_SITE',
  apiHostname: 'WORKOS_API_HOSTNAME',
  apiPort: 'WORKOS_API_PORT',
  apiHttps: 'WORKOS_API_HTTPS',
  issuer: 'WORKOS_ISSUER',
  clockToleranceSeconds: 'WORKOS_CLOCK_TOLERANCE_SECONDS',
  refreshBufferSeconds: 'WORKOS_REFRESH_BUFFER_SECONDS',
  sessionCacheSize: 'WORKOS_SESSION_CACHE_SIZE',
  refreshCooldownSeconds: 'WORKOS_REFRESH_COOLDOWN_SECONDS',
  apiTimeoutMs: 'WORKOS_API_TIMEOUT_MS',
  apiMaxRetries: 'WORKOS_API_MAX_RETRIES',
} as const;

/** A config key that has an environment variable. */
export type EnvBackedKey = keyof typeof ENV_VARS;

/**
 * Other names read for a key when its own variable is unset (the names WorkOS's published
 * adapters read), in order: `NEXT_PUBLIC_WORKOS_REDIRECT_URI` and `WORKOS_COOKIE_SAMESITE`.
 */
export const ENV_ALIASES: Readonly<Partial<Record<EnvBackedKey, readonly string[]>>> = {
  redirectUri: ['NEXT_PUBLIC_WORKOS_REDIRECT_URI'],
  cookieSameSite: ['WORKOS_COOKIE_SAMESITE'],
};

/** Every variable name the config reads: each key's own, then the aliases. */
export const ENV_NAMES_READ: readonly string[] = [
  ...Object.values(ENV_VARS),
  ...Object.values(ENV_ALIASES).flat(),
];

/** A key's value from the environment: its own variable, else the first alias that is set. */
export function readEnvKey(source: ValueReader, key: EnvBackedKey): string | undefined {
  const own = readEnv(source, ENV_VARS[key]);
  if (own !== undefined) return own;
  for (const alias of ENV_ALIASES[key] ?? []) {
    const value = readEnv(source, alias);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Reads a variable, treating empty / whitespace-only values as unset. */
export function readEnv(source: ValueReader, envName: string): string | undefined {
  let value: unknown;
  try {
    value = source(envName);
  } catch {
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
