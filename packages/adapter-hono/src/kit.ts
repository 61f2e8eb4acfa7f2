import { createAuthService, ENV_VARS } from '@workos/authkit-session';
import type { Context } from 'hono';
import { env as runtimeEnv } from 'hono/adapter';
import { HonoCookieSessionStorage } from './storage.js';
import type { AuthKitHandle, AuthKitHonoOptions, HonoAuthService } from './types.js';

const NO_ENV = {};
const ENV_NAMES = Object.values(ENV_VARS);

/** The `WORKOS_*` value object for a request (bindings first, then the runtime's env). */
export function envFor(c: Context, options: AuthKitHonoOptions): Record<string, unknown> {
  if (options.env) return options.env(c) ?? NO_ENV;
  const bindings = c.env as Record<string, unknown> | undefined;
  if (bindings && Object.keys(bindings).some((key) => key.startsWith('WORKOS_'))) return bindings;
  try {
    return (runtimeEnv(c) as Record<string, unknown> | undefined) ?? NO_ENV;
  } catch {
    return NO_ENV;
  }
}

const MAX_SERVICES_PER_OPTIONS = 32;
const services = new WeakMap<AuthKitHonoOptions, Map<string, HonoAuthService>>();

/**
 * The AuthKit handle for a request. The request's `WORKOS_*` values are the service's value
 * source (read instead of `process.env`, so bindings win on Node too). Services are cached per
 * options object and per set of values, so runtimes that hand out a fresh env object per
 * request still share one service, its JWKS and its session cache.
 */
export function authkitFor(c: Context, options: AuthKitHonoOptions): AuthKitHandle {
  const env = envFor(c, options);
  const values: Record<string, string> = {};
  for (const name of ENV_NAMES) if (typeof env[name] === 'string') values[name] = env[name];
  const key = JSON.stringify(values);
  const perValues = services.get(options) ?? new Map<string, HonoAuthService>();
  services.set(options, perValues);
  let service = perValues.get(key);
  if (!service) {
    service = createAuthService<Context, Response>({
      sessionStorageFactory: (config) => new HonoCookieSessionStorage(config),
      source: (name) => values[name],
      ...(options.config ? { config: options.config } : {}),
    });
    perValues.set(key, service);
    if (perValues.size > MAX_SERVICES_PER_OPTIONS) {
      perValues.delete(perValues.keys().next().value as string);
    }
  }
  return { service, options };
}
