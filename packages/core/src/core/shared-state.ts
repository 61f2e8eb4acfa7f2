import type { ResolvedAuthKitConfig } from '../config/types.js';
import { ExpiringLruCache } from '../session/cache.js';
import { Cooldown } from '../session/cooldown.js';
import { SingleFlight } from '../session/single-flight.js';
import { BoundedMap } from '../util/bounded-map.js';

/** How long a finished refresh is reused by requests still carrying the old cookie. */
export const REFRESH_REUSE_MS = 10_000;

/** Per-process state shared by every core built for equivalent settings. */
export interface SharedSessionState<TCached, TRefreshed> {
  cache: ExpiringLruCache<TCached>;
  refreshFlight: SingleFlight<TRefreshed>;
  /** Refresh tokens whose refresh failed transiently a moment ago (not retried until it ends). */
  refreshCooldown: Cooldown;
  /**
   * Sealed cookies whose refresh WorkOS refused for good (signed out, revoked, rotated out): a
   * replayed dead cookie is answered from here instead of costing a WorkOS call every time.
   */
  deadSessions: ExpiringLruCache<true>;
}

/** How long a cookie whose refresh failed for good is remembered (it never becomes valid again). */
export const DEAD_SESSION_TTL_MS = 60 * 60 * 1000;

const states = new BoundedMap<string, SharedSessionState<unknown, unknown>>(32);

function keyOf(config: ResolvedAuthKitConfig): string {
  return JSON.stringify([
    config.clientId,
    config.apiBaseUrl,
    config.issuer,
    config.cookiePasswords,
    config.clockToleranceSeconds,
    config.refreshBufferSeconds,
    config.sessionCacheSize,
  ]);
}

/**
 * The verified-session cache and refresh single-flight for `config`. Services created per request
 * (e.g. per Workers env object) with the same settings share them, so both stay effective.
 */
export function sharedSessionState<TCached, TRefreshed>(
  config: ResolvedAuthKitConfig,
): SharedSessionState<TCached, TRefreshed> {
  const key = keyOf(config);
  let state = states.get(key);
  if (!state) {
    state = {
      cache: new ExpiringLruCache<unknown>(config.sessionCacheSize),
      refreshFlight: new SingleFlight<unknown>(REFRESH_REUSE_MS),
      refreshCooldown: new Cooldown(),
      deadSessions: new ExpiringLruCache<true>(Math.max(100, config.sessionCacheSize)),
    };
    states.set(key, state);
  }
  return state as SharedSessionState<TCached, TRefreshed>;
}
