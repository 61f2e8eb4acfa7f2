import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../errors.js';
import { resolveConfig } from './resolve.js';
import { isLoopbackHost, weakPasswordReason } from './security-checks.js';
import type { AuthKitConfig } from './types.js';

const STRONG = 'Zr8vQm3kT1xW6pL9cN4bH7sJ2dF5gY0a';
const base: Partial<AuthKitConfig> = {
  clientId: 'client_code',
  apiKey: 'sk_code',
  redirectUri: 'https://app.example.com/callback',
  cookiePassword: STRONG,
};
const source =
  (vars: Record<string, string> = {}) =>
  (name: string) =>
    vars[name];

function problems(config: Partial<AuthKitConfig>, vars: Record<string, string> = {}) {
  try {
    resolveConfig(config, source(vars));
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems.map((p) => `${p.envVar}: ${p.message}`);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cookie password strength outside development', () => {
  it('refuses the published example passwords and guessable ones in production', () => {
    for (const weak of [
      'dev-only-cookie-password-change-me-in-production',
      'at-least-32-characters-long-secret',
      'x'.repeat(32),
      'passwordpasswordpasswordpassword',
      '12345678901234567890123456789012',
    ]) {
      const found = problems({ ...base, cookiePassword: weak }, { NODE_ENV: 'production' });
      expect(found, weak).toHaveLength(1);
      expect(found[0]).toMatch(/^WORKOS_COOKIE_PASSWORD: .*openssl rand -base64 32/);
      // A value source without NODE_ENV falls back to process.env (here: Vitest's `test`).
      expect(problems({ ...base, cookiePassword: weak })).toEqual([]);
    }
  });

  it('without NODE_ENV anywhere, the runtime counts as production', () => {
    vi.stubEnv('NODE_ENV', undefined);
    try {
      expect(problems({ ...base, cookiePassword: 'x'.repeat(32) })).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('accepts them in development and tests', () => {
    for (const mode of ['development', 'test']) {
      expect(problems({ ...base, cookiePassword: 'x'.repeat(32) }, { NODE_ENV: mode })).toEqual([]);
    }
  });

  it('accepts generated passwords (openssl rand -base64 32 / -hex 16 / -hex 32)', () => {
    for (let i = 0; i < 200; i++) {
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
      expect(weakPasswordReason(btoa(String.fromCharCode(...bytes)))).toBeUndefined();
      expect(weakPasswordReason(hex)).toBeUndefined();
      expect(weakPasswordReason(hex.slice(0, 32))).toBeUndefined();
    }
  });

  it('checks every rotation entry, and says that a comma splits the variable', () => {
    const found = problems(base, {
      NODE_ENV: 'production',
      WORKOS_COOKIE_PASSWORD: `${STRONG},${'y'.repeat(40)}`,
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('password #2');
    expect(found[0]).toContain('a comma separates passwords for rotation');
  });
});

describe('API transport', () => {
  it('refuses plain HTTP to a non-loopback API host (the API key would travel in clear)', () => {
    expect(problems(base, { WORKOS_API_HTTPS: 'false' })).toEqual([
      expect.stringMatching(/^WORKOS_API_HTTPS: is false, .*"api\.workos\.com"/),
    ]);
    expect(
      problems({ ...base, apiHostname: 'emulator.internal.example', apiHttps: false }),
    ).toHaveLength(1);
  });

  it('allows plain HTTP to loopback hosts (the emulator)', () => {
    for (const host of ['127.0.0.1', 'localhost', 'api.localhost']) {
      expect(isLoopbackHost(host)).toBe(true);
      expect(problems({ ...base, apiHostname: host, apiHttps: false })).toEqual([]);
    }
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.evil.example')).toBe(false);
  });
});

describe('environment overriding code', () => {
  it('warns once, naming the variable and never the values', async () => {
    const { warnEnvOverride } = await import('./security-checks.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnEnvOverride('cookieSameSite', 'strict', 'strict');
    expect(warn).not.toHaveBeenCalled();
    const config = resolveConfig(
      { ...base, cookieSameSite: 'strict' },
      source({ WORKOS_COOKIE_SAME_SITE: 'none' }),
    );
    expect(config.cookieSameSite).toBe('none');
    resolveConfig(
      { ...base, cookieSameSite: 'strict' },
      source({ WORKOS_COOKIE_SAME_SITE: 'lax' }),
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/WORKOS_COOKIE_SAME_SITE .* `cookieSameSite`/);
    expect(String(warn.mock.calls[0]?.[0])).not.toMatch(/strict|none/);
  });
});
