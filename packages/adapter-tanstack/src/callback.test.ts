import {
  AuthKitError,
  type AuthKitErrorCode,
  OAuthStateMismatchError,
  PKCECookieMissingError,
} from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import { callbackErrorPage } from './callback.js';

describe('callbackErrorPage', () => {
  it('answers 400, uncached, with the error code in [data-testid=auth-error]', async () => {
    const response = callbackErrorPage(new OAuthStateMismatchError());
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain(
      '<code data-testid="auth-error">oauth_state_mismatch</code>',
    );
  });

  it('shows each core error by its own code', async () => {
    const body = await callbackErrorPage(new PKCECookieMissingError()).text();
    expect(body).toContain('>pkce_cookie_missing<');
  });

  it('names unknown failures generically and never echoes their message', async () => {
    const body = await callbackErrorPage(new Error('<script>secret</script>')).text();
    expect(body).toContain('>authentication_failed<');
    expect(body).not.toContain('secret');
  });

  it('keeps markup out of the page: only code characters are shown', async () => {
    // A code outside the closed union (a forged or future one) still renders only code characters.
    const error = new AuthKitError('x', { code: '<b>"&\'' as AuthKitErrorCode });
    const body = await callbackErrorPage(error).text();
    expect(body).toContain('data-testid="auth-error">b</code>');
    expect(body).not.toContain('<b>');
  });
});
