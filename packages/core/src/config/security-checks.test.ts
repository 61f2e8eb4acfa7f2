import { describe, expect, it } from 'vitest';
import { completeConfig, configProblems, envOf } from '../test-support/config.js';
import { resolveConfig } from './resolve.js';
import { isLoopbackHost, weakPasswordReason } from './security-checks.js';
import type { AuthKitConfig } from './types.js';

const STRONG = 'Zr8vQm3kT1xW6pL9cN4bH7sJ2dF5gY0a';
const base = completeConfig(STRONG);
function problems(config: Partial<AuthKitConfig>, vars: Record<string, string> = {}) {
  return configProblems(() => resolveConfig(config, envOf(vars))).map(
    (p) => `${p.envVar}: ${p.message}`,
  );
}

/** Runs `fn` with `process.env.NODE_ENV` set to `mode` (or removed), where the runtime has one. */
function withNodeEnv<T>(mode: string | undefined, fn: () => T): T {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  if (!env) return fn();
  const saved = env.NODE_ENV;
  if (mode === undefined) delete env.NODE_ENV;
  else env.NODE_ENV = mode;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete env.NODE_ENV;
    else env.NODE_ENV = saved;
  }
}

describe('cookie password strength outside development', () => {
  it('refuses the published example passwords and guessable ones in production', () => {
    for (const weak of [
      'dev-only-cookie-password-change-me-in-production',
      'at-least-32-characters-long-secret',
      'x'.repeat(32),
      'passwordpasswordpasswordpassword',
      '12345678901234567890123456789012',
      'aaaaaaaabbbbbbbbccccccccdddddddd',
    ]) {
      const found = problems({ ...base, cookiePassword: weak }, { NODE_ENV: 'production' });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^WORKOS_COOKIE_PASSWORD: .*openssl rand -base64 32/);
      // A value source without NODE_ENV falls back to process.env's.
      const found2 = withNodeEnv('production', () => problems({ ...base, cookiePassword: weak }));
      expect(found2).toHaveLength(1);
    }
  });

  it('without NODE_ENV anywhere, the runtime counts as production', () => {
    const found = withNodeEnv(undefined, () =>
      problems({ ...base, cookiePassword: 'x'.repeat(32) }),
    );
    expect(found).toHaveLength(1);
  });

  it("falls back to process.env's NODE_ENV when the value source has none", () => {
    const hasProcessEnv = Boolean((globalThis as { process?: { env?: object } }).process?.env);
    const found = withNodeEnv('development', () =>
      problems({ ...base, cookiePassword: 'x'.repeat(32) }),
    );
    // Runtimes without process.env (workerd, edge) count as production.
    expect(found).toHaveLength(hasProcessEnv ? 0 : 1);
  });

  it('accepts them in development and tests', () => {
    for (const mode of ['development', 'test']) {
      expect(problems({ ...base, cookiePassword: 'x'.repeat(32) }, { NODE_ENV: mode })).toEqual([]);
    }
  });

  it('accepts generated passwords (openssl rand -base64 32 / -hex 16 / -hex 32)', () => {
    for (let i = 0; i < 2000; i++) {
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
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => {
      warnings.push(String(message));
    };
    try {
      warnEnvOverride('cookieSameSite', 'strict', 'strict');
      expect(warnings).toEqual([]);
      const config = resolveConfig(
        { ...base, cookieSameSite: 'strict' },
        envOf({ WORKOS_COOKIE_SAME_SITE: 'none' }),
      );
      expect(config.cookieSameSite).toBe('none');
      resolveConfig(
        { ...base, cookieSameSite: 'strict' },
        envOf({ WORKOS_COOKIE_SAME_SITE: 'lax' }),
      );
    } finally {
      console.warn = original;
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/WORKOS_COOKIE_SAME_SITE .* `cookieSameSite`/);
    expect(warnings[0]).not.toMatch(/strict|none/);
  });
});
