import { describe, expect, it } from 'vitest';
import { refreshDueAt } from './jwt.js';

function token(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

describe('refreshDueAt', () => {
  it('is 30 seconds before expiry for a normal token lifetime', () => {
    expect(refreshDueAt(token({ iat: 1000, exp: 1300 }))).toBe(1270_000);
  });

  it('is a third of the lifetime before expiry for short-lived tokens', () => {
    expect(refreshDueAt(token({ iat: 1000, exp: 1030 }))).toBe(1020_000);
  });

  it('is undefined for tokens without a readable exp', () => {
    expect(refreshDueAt('not-a-jwt')).toBeUndefined();
    expect(refreshDueAt('a.%%%.c')).toBeUndefined();
    expect(refreshDueAt(token({ iat: 1000 }))).toBeUndefined();
  });
});
