import { describe, expect, it } from 'vitest';
import { defaultIds, defaultSeed } from './seed.js';
import { SeedError, validateSeed } from './seed-validate.js';

describe('validateSeed', () => {
  it('accepts the default seed', () => {
    expect(validateSeed(defaultSeed)).toBe(defaultSeed);
    expect(defaultIds.alice).toMatch(/^user_[0-9A-Z]{26}$/);
    expect(defaultIds.acme).toMatch(/^org_[0-9A-Z]{26}$/);
  });

  it('lists every problem in one SeedError', () => {
    const error = (() => {
      try {
        validateSeed({
          users: [
            { id: 'u1', email: 'a@example.com' },
            { id: 'u1', email: 'A@example.com' },
            { email: 'x' },
          ],
          organizations: [{ id: 'o1' }],
          memberships: [{ userId: 'u9', organizationId: 'o9' }],
        });
      } catch (e) {
        return e;
      }
    })() as SeedError;
    expect(error).toBeInstanceOf(SeedError);
    expect(error.problems).toEqual([
      'users[1]: duplicate id "u1"',
      'users[2] needs a string "id"',
      'users[1]: duplicate email "A@example.com"',
      'users[2] needs an "email"',
      'organizations[0] needs a "name"',
      'memberships[0]: unknown userId "u9"',
      'memberships[0]: unknown organizationId "o9"',
      'memberships[0] needs a "role"',
    ]);
  });

  it('rejects non-objects and non-array lists', () => {
    expect(() => validateSeed(null)).toThrow(SeedError);
    expect(() => validateSeed({ users: {} })).toThrow(/"users" must be an array/);
  });
});
