import { describe, expect, it } from 'vitest';
import { TokenValidationError } from '../errors.js';
import { createTestSigningKey, signTestAccessToken } from '../testing/keys.js';
import { claimsOfIssuedToken } from './issued.js';

const ISSUER = 'https://api.workos.com/user_management/client_test';
const expected = { userId: 'user_1', issuer: [ISSUER], clockToleranceSeconds: 5 };
const now = () => Math.floor(Date.now() / 1000);

describe('claimsOfIssuedToken (tokens straight from the WorkOS API)', () => {
  it('accepts a consistent token and returns its claims', async () => {
    const key = await createTestSigningKey();
    const token = await signTestAccessToken(key, {
      iss: ISSUER,
      sub: 'user_1',
      sid: 'session_1',
      org_id: 'org_1',
    });
    expect(claimsOfIssuedToken(token, expected)).toMatchObject({
      sid: 'session_1',
      org_id: 'org_1',
    });
  });

  it.each([
    ['another user', { sub: 'user_2' }, /different user/],
    ['no sid', { sid: '' }, /session id/],
    ['a foreign issuer', { iss: 'https://evil.example' }, /issuer/],
    ['an expired token', { iat: now() - 600, exp: now() - 60 }, /expired/],
  ])('refuses %s with a TokenValidationError', async (_name, change, message) => {
    const key = await createTestSigningKey();
    const token = await signTestAccessToken(key, {
      iss: ISSUER,
      sub: 'user_1',
      sid: 'session_1',
      ...change,
    });
    expect(() => claimsOfIssuedToken(token, expected)).toThrow(TokenValidationError);
    expect(() => claimsOfIssuedToken(token, expected)).toThrow(message);
  });

  it('refuses something that is not a JWT, and a missing user', async () => {
    expect(() => claimsOfIssuedToken('not-a-jwt', expected)).toThrow(/not a JWT/);
    const key = await createTestSigningKey();
    const token = await signTestAccessToken(key, { iss: ISSUER, sub: 'user_1', sid: 's' });
    expect(() => claimsOfIssuedToken(token, { ...expected, userId: undefined })).toThrow(
      /different user/,
    );
  });
});
