import { expect } from 'vitest';
import type { AuthKitConfig } from '../config/types.js';
import type { ConfigurationProblem } from '../errors.js';
import { ConfigurationError } from '../errors.js';

/** A complete, valid configuration (code-supplied keys, an https redirect URI) with `cookiePassword`. */
export function completeConfig(cookiePassword: string): Partial<AuthKitConfig> {
  return {
    clientId: 'client_code',
    apiKey: 'sk_code',
    redirectUri: 'https://app.example.com/callback',
    cookiePassword,
  };
}

/** An environment reader over `vars`: `resolveConfig`'s second argument. */
export const envOf =
  (vars: Record<string, string> = {}) =>
  (name: string): string | undefined =>
    vars[name];

/** The problems of the `ConfigurationError` that `fn` throws; `[]` when it throws nothing. */
export function configProblems(fn: () => unknown): ConfigurationProblem[] {
  try {
    fn();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems;
  }
}
