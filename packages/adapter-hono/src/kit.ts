import { type AuthKitConfig, createAuthService, ENV_VARS } from '@workos/authkit-session';
import type { Context } from 'hono';
import { env as runtimeEnv } from 'hono/adapter';
import { HonoCookieSessionStorage } from './storage.js';
import type { AuthKitHandle, AuthKitHonoOptions, HonoAuthService } from './types.js';

const NO_ENV = {};
const services = new WeakMap<AuthKitHonoOptions, WeakMap<object, HonoAuthService>>();

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

/**
 * The request's `WORKOS_*` values as config keys (raw strings: the core parses and validates
 * them), layered over the programmatic config.
 */
function configFrom(values: Record<string, unknown>, code: Partial<AuthKitConfig> = {}) {
  const merged: Record<string, unknown> = { ...code };
  for (const [key, envName] of Object.entries(ENV_VARS)) {
    const value = values[envName];
    if (typeof value === 'string' && value.trim() !== '') merged[key] = value;
  }
  return merged as Partial<AuthKitConfig>;
}

function createService(values: Record<string, unknown>, options: AuthKitHonoOptions) {
  return createAuthService<Context, Response>({
    sessionStorageFactory: (config) => new HonoCookieSessionStorage(config),
    config: () => configFrom(values, options.config),
  });
}

/** The AuthKit handle for a request: one cached service per options object and env object. */
export function authkitFor(c: Context, options: AuthKitHonoOptions): AuthKitHandle {
  const values = envFor(c, options);
  let perEnv = services.get(options);
  if (!perEnv) {
    perEnv = new WeakMap();
    services.set(options, perEnv);
  }
  let service = perEnv.get(values);
  if (!service) {
    service = createService(values, options);
    perEnv.set(values, service);
  }
  return { service, options };
}
