import { describe, expect, it } from 'vitest';
import { ConfigurationProvider } from './provider.js';
import { resolveConfig } from './resolve.js';

const required = {
  WORKOS_CLIENT_ID: 'client_env',
  WORKOS_API_KEY: 'sk_env',
  WORKOS_COOKIE_PASSWORD: 'a strong test-only cookie password: 7f3c9e1b5d2a8046',
};
const source = (vars: Record<string, string>) => (name: string) => vars[name];

describe('environment aliases (the names WorkOS’s published adapters read)', () => {
  it('reads NEXT_PUBLIC_WORKOS_REDIRECT_URI when WORKOS_REDIRECT_URI is unset', () => {
    const config = resolveConfig(
      {},
      source({ ...required, NEXT_PUBLIC_WORKOS_REDIRECT_URI: 'https://app.example/callback' }),
    );
    expect(config.redirectUri).toBe('https://app.example/callback');
  });

  it('prefers WORKOS_REDIRECT_URI over the alias', () => {
    const config = resolveConfig(
      {},
      source({
        ...required,
        WORKOS_REDIRECT_URI: 'https://own.example/callback',
        NEXT_PUBLIC_WORKOS_REDIRECT_URI: 'https://alias.example/callback',
      }),
    );
    expect(config.redirectUri).toBe('https://own.example/callback');
  });

  it('reads WORKOS_COOKIE_SAMESITE as WORKOS_COOKIE_SAME_SITE, validated the same way', () => {
    const base = { ...required, WORKOS_REDIRECT_URI: 'https://app.example/callback' };
    expect(
      resolveConfig({}, source({ ...base, WORKOS_COOKIE_SAMESITE: 'strict' })).cookieSameSite,
    ).toBe('strict');
    expect(() =>
      resolveConfig({}, source({ ...base, WORKOS_COOKIE_SAMESITE: 'sideways' })),
    ).toThrow(/WORKOS_COOKIE_SAME_SITE/);
  });

  it('notices a change of an alias between resolutions', () => {
    const vars: Record<string, string> = {
      ...required,
      NEXT_PUBLIC_WORKOS_REDIRECT_URI: 'https://one.example/callback',
    };
    const provider = new ConfigurationProvider();
    provider.configure({}, (name) => vars[name]);
    expect(provider.getConfig().redirectUri).toBe('https://one.example/callback');
    vars.NEXT_PUBLIC_WORKOS_REDIRECT_URI = 'https://two.example/callback';
    expect(provider.getConfig().redirectUri).toBe('https://two.example/callback');
  });
});
