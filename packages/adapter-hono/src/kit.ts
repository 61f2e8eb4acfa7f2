import { type AuthKitConfig, createAuthService, ENV_VARS } from '@workos/authkit-session';
import type { Context } from 'hono';
import { env as runtimeEnv } from 'hono/adapter';
import { HonoCookieSessionStorage } from './storage.js';
import type { AuthKitHandle, AuthKitHonoOptions, HonoAuthService } from './types.js';

const NO_ENV = {};

function hasWorkOSKeys(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).some((key) => key.startsWith('WORKOS_'))
  );
}

/** The `WORKOS_*` value object for a request (bindings first, then the runtime's env). */
export function envFor(c: Context, options: AuthKitHonoOptions): Record<string, unknown> {
  if (options.env) return options.env(c) ?? NO_ENV;
  if (hasWorkOSKeys(c.env)) return c.env;
  try {
    return (runtimeEnv(c) as Record<string, unknown> | undefined) ?? NO_ENV;
  } catch {
    return NO_ENV;
  }
}

const MAX_SERVICES_PER_OPTIONS = 32;
const services = new WeakMap<AuthKitHonoOptions, Map<string, HonoAuthService>>();

/** The request's `WORKOS_*` values as config keys (raw strings: the core parses them). */
function workosValues(values: Record<string, unknown>): Partial<Record<string, string>> {
  const picked: Partial<Record<string, string>> = {};
  for (const [key, envName] of Object.entries(ENV_VARS)) {
    const value = values[envName];
    if (typeof value === 'string' && value.trim() !== '') picked[key] = value;
  }
  return picked;
}

function createService(picked: Partial<Record<string, string>>, options: AuthKitHonoOptions) {
  return createAuthService<Context, Response>({
    sessionStorageFactory: (config) => new HonoCookieSessionStorage(config),
    config: () => ({ ...options.config, ...picked }) as Partial<AuthKitConfig>,
  });
}

/**
 * The AuthKit handle for a request. Services are cached per options object and per set of
 * `WORKOS_*` values, so runtimes that hand out a fresh env object per request (Deno's
 * `env(c)`) still share one service, its JWKS and its session cache.
 */
export function authkitFor(c: Context, options: AuthKitHonoOptions): AuthKitHandle {
  const picked = workosValues(envFor(c, options));
  const key = JSON.stringify(picked);
  let perValues = services.get(options);
  if (!perValues) {
    perValues = new Map();
    services.set(options, perValues);
  }
  let service = perValues.get(key);
  if (!service) {
    service = createService(picked, options);
    perValues.set(key, service);
    if (perValues.size > MAX_SERVICES_PER_OPTIONS) {
      perValues.delete(perValues.keys().next().value as string);
    }
  }
  return { service, options };
}
