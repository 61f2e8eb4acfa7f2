import { AuthKitError, ConfigurationError } from '@workos/authkit-session';
import { describe, expect, it, vi } from 'vitest';
import { configurationErrorResponse, isConfigurationError } from './config-error.js';

const error = new ConfigurationError([
  { key: 'cookiePassword', envVar: 'WORKOS_COOKIE_PASSWORD', message: 'must be <32> chars & more' },
  { key: 'clientId', envVar: 'WORKOS_CLIENT_ID', message: 'is required.' },
]);

describe('configurationErrorResponse', () => {
  it('is a readable, uncached 500 page naming every problem, escaped, logged once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const first = configurationErrorResponse(error, true);
      const second = configurationErrorResponse(error, true);
      expect(first.status).toBe(500);
      expect(first.headers.get('content-type')).toMatch(/text\/html/);
      expect(first.headers.get('cache-control')).toBe('no-store');
      const body = await first.text();
      expect(body).toContain('data-testid="authkit-configuration-error"');
      expect(body).toContain('<code>WORKOS_COOKIE_PASSWORD</code>');
      expect(body).toContain('<code>WORKOS_CLIENT_ID</code>');
      expect(body).toContain('must be &#60;32&#62; chars &#38; more');
      expect(await second.text()).toBe(body);
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });

  it('answers server function calls in plain text', async () => {
    const response = configurationErrorResponse(error, false);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await response.text()).toContain('WORKOS_CLIENT_ID');
  });

  it('recognises only the configuration error', () => {
    expect(isConfigurationError(error)).toBe(true);
    expect(isConfigurationError(new AuthKitError('x', { code: 'token_invalid' }))).toBe(false);
    expect(isConfigurationError(new Error('x'))).toBe(false);
  });
});
