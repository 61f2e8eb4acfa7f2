import { InvalidArgumentError } from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import { parseSignInUrlInput, parseSwitchInput, readField } from './input.js';

describe('server function input', () => {
  it('accepts a bare return path or an options object for the sign-in URL', () => {
    expect(parseSignInUrlInput('/account')).toEqual({ returnPathname: '/account' });
    expect(parseSignInUrlInput({ returnPathname: '/a', organizationId: 'org_1' })).toEqual({
      returnPathname: '/a',
      organizationId: 'org_1',
      loginHint: undefined,
    });
    expect(parseSignInUrlInput(undefined)).toEqual({
      returnPathname: undefined,
      organizationId: undefined,
      loginHint: undefined,
    });
  });

  it('rejects fields that are not strings with an InvalidArgumentError naming the field', () => {
    expect(() => parseSignInUrlInput({ returnPathname: { toString: () => '/' } })).toThrow(
      /`returnPathname` must be a string/,
    );
    expect(() => readField({ returnTo: 42 }, 'returnTo')).toThrow(InvalidArgumentError);
  });

  it('treats empty strings as absent', () => {
    expect(readField({ returnTo: '' }, 'returnTo')).toBeUndefined();
  });

  it('requires an organization id to switch to', () => {
    expect(() => parseSwitchInput({})).toThrow(/`organizationId` is required/);
    expect(parseSwitchInput({ organizationId: 'org_2', returnTo: '/account' })).toEqual({
      organizationId: 'org_2',
      returnTo: '/account',
    });
  });
});
