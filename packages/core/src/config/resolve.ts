import { ConfigurationError, type ConfigurationProblem } from '../errors.js';
import { ENV_VARS, type EnvBackedKey, readEnvKey } from './env.js';
import {
  isDevelopment,
  isLoopbackHost,
  warnEnvOverride,
  weakPasswordReason,
} from './security-checks.js';
import type { AuthKitConfig, CookieSameSite, ResolvedAuthKitConfig, ValueReader } from './types.js';

const FOUR_HUNDRED_DAYS = 60 * 60 * 24 * 400;
const MIN_PASSWORD_LENGTH = 32;

/** Defaults applied when neither env nor code sets a key. */
export const CONFIG_DEFAULTS = {
  cookieName: 'wos-session',
  cookieMaxAge: FOUR_HUNDRED_DAYS,
  cookieSameSite: 'lax' as CookieSameSite,
  apiHostname: 'api.workos.com',
  apiHttps: true,
  clockToleranceSeconds: 5,
  refreshBufferSeconds: 30,
  sessionCacheSize: 1000,
  refreshCooldownSeconds: 5,
  apiTimeoutMs: 10_000,
  apiMaxRetries: 1,
};

class ProblemList {
  readonly items: ConfigurationProblem[] = [];
  add(key: EnvBackedKey, message: string): void {
    this.items.push({ key, envVar: ENV_VARS[key], message });
  }
}

/** Picks env over code for one key; returns the raw value and where it came from. */
function pick(
  key: EnvBackedKey,
  code: Partial<AuthKitConfig>,
  source: ValueReader,
): { value: unknown; fromEnv: boolean } {
  const env = readEnvKey(source, key);
  if (env !== undefined) {
    warnEnvOverride(key, code[key], env);
    return { value: env, fromEnv: true };
  }
  const value = code[key];
  if (typeof value === 'string' && value.trim() === '') return { value: undefined, fromEnv: false };
  return { value, fromEnv: false };
}

function readString(key: EnvBackedKey, code: Partial<AuthKitConfig>, source: ValueReader) {
  const { value } = pick(key, code, source);
  return typeof value === 'string' ? value.trim() : undefined;
}

function readNumber(
  key: EnvBackedKey,
  code: Partial<AuthKitConfig>,
  source: ValueReader,
  problems: ProblemList,
  range: { min: number; max: number; integer: boolean },
): number | undefined {
  const { value } = pick(key, code, source);
  if (value === undefined || value === null) return undefined;
  const num = typeof value === 'number' ? value : Number(String(value).trim());
  const valid =
    Number.isFinite(num) &&
    num >= range.min &&
    num <= range.max &&
    (!range.integer || Number.isInteger(num));
  if (!valid) {
    const kind = range.integer ? 'an integer' : 'a number';
    problems.add(
      key,
      `must be ${kind} from ${range.min} to ${range.max} (got "${String(value)}").`,
    );
    return undefined;
  }
  return num;
}

function readBoolean(
  key: EnvBackedKey,
  code: Partial<AuthKitConfig>,
  source: ValueReader,
  problems: ProblemList,
): boolean | undefined {
  const { value } = pick(key, code, source);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  problems.add(key, `must be "true" or "false" (got "${String(value)}").`);
  return undefined;
}

function readList(key: EnvBackedKey, code: Partial<AuthKitConfig>, source: ValueReader) {
  const { value, fromEnv } = pick(key, code, source);
  if (value === undefined || value === null) return undefined;
  const items = fromEnv || typeof value === 'string' ? String(value).split(',') : value;
  if (!Array.isArray(items)) return undefined;
  const list = items.map((item) => String(item).trim()).filter((item) => item !== '');
  return list.length > 0 ? list : undefined;
}

function checkRedirectUri(value: string | undefined, problems: ProblemList): URL | undefined {
  if (!value) {
    problems.add('redirectUri', 'is required: the absolute URL of your callback route.');
    return undefined;
  }
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    /* reported below */
  }
  problems.add('redirectUri', `must be an absolute http(s) URL (got "${value}").`);
  return undefined;
}

function checkSameSite(value: string | undefined, problems: ProblemList): CookieSameSite {
  if (value === undefined) return CONFIG_DEFAULTS.cookieSameSite;
  const lower = value.toLowerCase();
  if (lower === 'lax' || lower === 'strict' || lower === 'none') return lower;
  problems.add('cookieSameSite', `must be "lax", "strict" or "none" (got "${value}").`);
  return CONFIG_DEFAULTS.cookieSameSite;
}

function checkHostname(value: string | undefined, problems: ProblemList): string {
  if (value === undefined) return CONFIG_DEFAULTS.apiHostname;
  if (/[/:?#@\s]/.test(value)) {
    problems.add(
      'apiHostname',
      `must be a bare host name with no scheme, port or path, e.g. "api.workos.com" or "127.0.0.1" (got "${value}").`,
    );
  }
  return value;
}

/**
 * Resolves configuration: env (via `source`) beats code, empty values count as unset, defaults
 * fill the rest. Throws one {@link ConfigurationError} naming every problem.
 */
export function resolveConfig(
  code: Partial<AuthKitConfig>,
  source: ValueReader,
): ResolvedAuthKitConfig {
  const problems = new ProblemList();
  const clientId = readString('clientId', code, source);
  const apiKey = readString('apiKey', code, source);
  const redirectUri = readString('redirectUri', code, source);
  const passwords = readList('cookiePassword', code, source);
  if (!clientId) problems.add('clientId', 'is required: your WorkOS client id (client_…).');
  if (!apiKey) problems.add('apiKey', 'is required: your WorkOS API key (sk_…).');
  const redirectUrl = checkRedirectUri(redirectUri, problems);
  if (!passwords) {
    problems.add(
      'cookiePassword',
      `is required: a random secret of at least ${MIN_PASSWORD_LENGTH} characters (e.g. \`openssl rand -base64 32\`).`,
    );
  } else {
    const strict = !isDevelopment(source);
    const list =
      passwords.length > 1
        ? ' (a comma separates passwords for rotation: the first seals, any unseals)'
        : '';
    passwords.forEach((password, index) => {
      const which = passwords.length > 1 ? `password #${index + 1} ` : '';
      if (password.length < MIN_PASSWORD_LENGTH) {
        problems.add(
          'cookiePassword',
          `${which}must be at least ${MIN_PASSWORD_LENGTH} characters long (it has ${password.length})${list}.`,
        );
        return;
      }
      const weak = strict ? weakPasswordReason(password) : undefined;
      if (weak) {
        problems.add(
          'cookiePassword',
          `${which}${weak}${list}. Generate one with \`openssl rand -base64 32\` (weak passwords are accepted only when NODE_ENV is development or test).`,
        );
      }
    });
  }

  const cookieName = readString('cookieName', code, source) ?? CONFIG_DEFAULTS.cookieName;
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(cookieName)) {
    problems.add('cookieName', `must be a valid cookie name token (got "${cookieName}").`);
  }
  const cookieDomain = readString('cookieDomain', code, source);
  if (cookieDomain && !/^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(cookieDomain)) {
    problems.add(
      'cookieDomain',
      `must be a bare domain such as "example.com" (got "${cookieDomain}").`,
    );
  }
  const cookieSameSite = checkSameSite(readString('cookieSameSite', code, source), problems);
  const insecureRedirect = redirectUrl?.protocol === 'http:';
  if (cookieSameSite === 'none' && insecureRedirect) {
    problems.add(
      'cookieSameSite',
      'is "none", which browsers only accept with Secure cookies, but WORKOS_REDIRECT_URI is http. Use "lax" or an https redirect URI.',
    );
  }
  if (cookieName.startsWith('__Host-') && cookieDomain) {
    problems.add(
      'cookieDomain',
      `must be unset: cookies named "__Host-…" (${cookieName}) may not have a Domain attribute.`,
    );
  }

  /** A number option within [min, max] (a problem otherwise). */
  const numberIn = (key: EnvBackedKey, min: number, max: number, integer: boolean) =>
    readNumber(key, code, source, problems, { min, max, integer });
  const cookieMaxAge = numberIn('cookieMaxAge', 0, FOUR_HUNDRED_DAYS, true);
  const apiHostname = checkHostname(readString('apiHostname', code, source), problems);
  const apiPort = numberIn('apiPort', 1, 65535, true);
  const apiHttps = readBoolean('apiHttps', code, source, problems) ?? CONFIG_DEFAULTS.apiHttps;
  if (!apiHttps && !isLoopbackHost(apiHostname)) {
    problems.add(
      'apiHttps',
      `is false, which would send the API key over plain HTTP to "${apiHostname}". Plain HTTP is only for a loopback API host (localhost, 127.0.0.1, [::1]) such as the emulator.`,
    );
  }
  const clockTolerance = numberIn('clockToleranceSeconds', 0, 300, false);
  const refreshBuffer = numberIn('refreshBufferSeconds', 0, 3600, false);
  const cacheSize = numberIn('sessionCacheSize', 0, 1_000_000, true);

  const refreshCooldown = numberIn('refreshCooldownSeconds', 0, 60, false);

  const apiTimeoutMs = numberIn('apiTimeoutMs', 1, 300_000, true);
  const apiMaxRetries = numberIn('apiMaxRetries', 0, 10, true);

  if (problems.items.length > 0) throw new ConfigurationError(problems.items);

  const apiBaseUrl = `${apiHttps ? 'https' : 'http'}://${apiHostname}${apiPort ? `:${apiPort}` : ''}`;
  const issuer = readList('issuer', code, source) ?? defaultIssuers(apiBaseUrl, clientId as string);
  const resolved: ResolvedAuthKitConfig = {
    clientId: clientId as string,
    apiKey: apiKey as string,
    redirectUri: redirectUri as string,
    cookiePassword: (passwords as string[])[0] as string,
    cookiePasswords: passwords as string[],
    cookieName,
    cookieMaxAge: cookieMaxAge ?? CONFIG_DEFAULTS.cookieMaxAge,
    cookieSameSite,
    apiHostname,
    apiHttps,
    apiBaseUrl,
    issuer,
    clockToleranceSeconds: clockTolerance ?? CONFIG_DEFAULTS.clockToleranceSeconds,
    refreshBufferSeconds: refreshBuffer ?? CONFIG_DEFAULTS.refreshBufferSeconds,
    sessionCacheSize: cacheSize ?? CONFIG_DEFAULTS.sessionCacheSize,
    refreshCooldownSeconds: refreshCooldown ?? CONFIG_DEFAULTS.refreshCooldownSeconds,
    apiTimeoutMs: apiTimeoutMs ?? CONFIG_DEFAULTS.apiTimeoutMs,
    apiMaxRetries: apiMaxRetries ?? CONFIG_DEFAULTS.apiMaxRetries,
  };
  if (cookieDomain) resolved.cookieDomain = cookieDomain;
  if (apiPort) resolved.apiPort = apiPort;
  if (code.onError) resolved.onError = code.onError;
  return resolved;
}

/** The `iss` values accepted by default: this API origin and production WorkOS, with and without the client path. */
export function defaultIssuers(apiBaseUrl: string, clientId: string): string[] {
  const production = 'https://api.workos.com';
  const bases = apiBaseUrl === production ? [production] : [apiBaseUrl, production];
  return bases.flatMap((base) => [`${base}/user_management/${clientId}`, base]);
}
