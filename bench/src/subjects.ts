import {
  type AuthKitConfig,
  CookieSessionStorage,
  configure,
  createAuthService,
} from '@workos/authkit-session';
import * as original from 'authkit-session-original';
import { defaults as ironDefaults, unseal } from 'iron-webcrypto';
import { importJWK, type JWK, jwtVerify } from 'jose';
import type { EmulatorInfo } from './emulator-client.js';

/** What every subject answers for one request: signed in or not, and any Set-Cookie lines. */
export interface Outcome {
  signedIn: boolean;
  setCookie: string[];
}

/** One request through a library, the way an adapter would call it. */
export type Subject = (request: Request) => Promise<Outcome>;

/** The settings both libraries get, from the same values (never from process.env). */
export interface BenchConfig {
  clientId: string;
  apiKey: string;
  redirectUri: string;
  cookiePassword: string;
  cookieName: string;
  apiHostname: string;
  apiPort: number;
  apiHttps: false;
}

/** The bench's configuration for an emulator. */
export function benchConfig(emulator: EmulatorInfo, cookiePassword: string): BenchConfig {
  const url = new URL(emulator.url);
  return {
    clientId: emulator.clientId,
    apiKey: emulator.apiKey,
    redirectUri: 'http://localhost:3000/callback',
    cookiePassword,
    cookieName: 'wos-session',
    apiHostname: url.hostname,
    apiPort: Number(url.port),
    apiHttps: false,
  };
}

/** Reads one cookie from a Fetch request: the same code in both storage subclasses. */
function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value.includes('%') ? decodeURIComponent(value) : value;
    }
  }
  return null;
}

class OurStorage extends CookieSessionStorage<Request, Response> {
  async getCookie(request: Request, name: string): Promise<string | null> {
    return readCookie(request, name);
  }
}

class OriginalStorage extends original.CookieSessionStorage<Request, Response> {
  async getCookie(request: Request, name: string): Promise<string | null> {
    return readCookie(request, name);
  }
}

const noEnv = () => undefined;

/**
 * Our core as an adapter uses it: a per-service config (env ignored), a storage subclass, and
 * `withAuth`, whose `headers` carry any refreshed cookie. A new call gives a new service with
 * its own verified-session cache.
 */
export function ourSubject(config: BenchConfig, extra: Partial<AuthKitConfig> = {}): Subject {
  configure({}, noEnv);
  const service = createAuthService<Request, Response>({
    sessionStorageFactory: (resolved) => new OurStorage(resolved),
    config: { ...config, ...extra },
  });
  return async (request) => {
    const { auth, headers } = await service.withAuth(request);
    const setCookie = headers?.['Set-Cookie'];
    return { signedIn: auth.user !== null, setCookie: Array.isArray(setCookie) ? setCookie : [] };
  };
}

/**
 * The original 0.7.1 as its README says to use it: its own global `configure()` (its own module
 * instance, env ignored), `createAuthService`, a storage subclass, and `saveSession` when
 * `withAuth` hands back refreshed session data.
 */
export function originalSubject(config: BenchConfig): Subject {
  original.configure(config, noEnv);
  const service = original.createAuthService<Request, Response>({
    sessionStorageFactory: (resolved) => new OriginalStorage(resolved),
  });
  return async (request) => {
    const { auth, refreshedSessionData } = await service.withAuth(request);
    if (!refreshedSessionData) return { signedIn: auth.user !== null, setCookie: [] };
    const { headers } = await service.saveSession(undefined, refreshedSessionData);
    const line = headers?.['Set-Cookie'];
    return {
      signedIn: auth.user !== null,
      setCookie: line === undefined ? [] : Array.isArray(line) ? line : [line],
    };
  };
}

/** The crypto floor: one iron unseal and one `jwtVerify` with an already imported key. */
export type Floor = (sealed: string) => Promise<boolean>;

/** Builds the floor with the emulator's public key (fetched and imported once). */
export async function cryptoFloor(emulator: EmulatorInfo, password: string): Promise<Floor> {
  const jwks = (await (await fetch(`${emulator.url}/sso/jwks/${emulator.clientId}`)).json()) as {
    keys: JWK[];
  };
  const key = await importJWK(jwks.keys[0] as JWK, 'RS256');
  const passwords = { '1': password };
  return async (sealed) => {
    const session = (await unseal(
      sealed.slice(0, sealed.lastIndexOf('~')),
      passwords,
      ironDefaults,
    )) as {
      accessToken: string;
    };
    await jwtVerify(session.accessToken, key);
    return true;
  };
}
