import { createAuthService, ENV_VARS } from '@workos/authkit-session/adapter';
import type { Context } from 'hono';
import { getRuntimeKey, env as runtimeEnv } from 'hono/adapter';
import { HonoCookieSessionStorage, type HonoRequestSource } from './storage.js';
import type { AuthKitHandle, AuthKitHonoOptions, HonoAuthService } from './types.js';

const NO_ENV = {};
const ENV_NAMES = Object.values(ENV_VARS);
let runtime: ReturnType<typeof getRuntimeKey> | undefined;

function hasWorkOSKey(bindings: Record<string, unknown>): boolean {
  for (const key in bindings) if (key.startsWith('WORKOS_')) return true;
  return false;
}

/** The `WORKOS_*` value object for a request (bindings first, then the runtime's env). */
export function envFor(c: Context, options: AuthKitHonoOptions): Record<string, unknown> {
  if (options.env) return options.env(c) ?? NO_ENV;
  const bindings = c.env as Record<string, unknown> | undefined;
  if (bindings && typeof bindings === 'object' && hasWorkOSKey(bindings)) return bindings;
  try {
    runtime ??= getRuntimeKey();
    return (runtimeEnv(c, runtime) as Record<string, unknown> | undefined) ?? NO_ENV;
  } catch {
    return NO_ENV;
  }
}

const MAX_SERVICES_PER_OPTIONS = 32;

/** The services of one options object: by env object (identity), and by `WORKOS_*` values. */
interface ServiceCache {
  byObject: WeakMap<object, AuthKitHandle>;
  byValues: Map<string, HonoAuthService>;
}

const caches = new WeakMap<AuthKitHonoOptions, ServiceCache>();

function serviceForValues(
  cache: ServiceCache,
  env: Record<string, unknown>,
  options: AuthKitHonoOptions,
) {
  const values: Record<string, string> = {};
  let key = '';
  for (const name of ENV_NAMES) {
    const value = env[name];
    if (typeof value !== 'string') continue;
    values[name] = value;
    key += `${name}=${value.length}:${value}\n`;
  }
  let service = cache.byValues.get(key);
  if (!service) {
    service = createAuthService<HonoRequestSource, Response>({
      sessionStorageFactory: (config) => new HonoCookieSessionStorage(config),
      // Frozen: the core reads these values once instead of on every request.
      source: Object.freeze(values),
      ...(options.config ? { config: options.config } : {}),
    });
    cache.byValues.set(key, service);
    if (cache.byValues.size > MAX_SERVICES_PER_OPTIONS) {
      cache.byValues.delete(cache.byValues.keys().next().value as string);
    }
  }
  return service;
}

/**
 * The AuthKit handle for a request. The request's `WORKOS_*` values are the service's value
 * source (read instead of `process.env`, so bindings win on Node too). They are read once per
 * env object: the same object (Workers bindings, `process.env`) finds its service by identity;
 * a fresh object per request (Deno's `env(c)`) by its values, so every request still shares one
 * service, its JWKS and its session cache.
 */
export function authkitFor(c: Context, options: AuthKitHonoOptions): AuthKitHandle {
  const env = envFor(c, options);
  let cache = caches.get(options);
  if (!cache) {
    cache = { byObject: new WeakMap(), byValues: new Map() };
    caches.set(options, cache);
  }
  let handle = cache.byObject.get(env);
  if (!handle) {
    handle = Object.freeze({ service: serviceForValues(cache, env, options), options });
    cache.byObject.set(env, handle);
  }
  return handle;
}
