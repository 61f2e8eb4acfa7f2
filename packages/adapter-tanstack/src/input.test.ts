import { InvalidArgumentError } from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import {
  parseAuthorizationInput,
  parseOrganizationId,
  parseSignInUrlInput,
  parseSignOutInput,
  parseSwitchInput,
  readField,
} from './input.js';

const everyOption = {
  returnPathname: '/a',
  organizationId: 'org_1',
  loginHint: 'a@example.com',
  domainHint: 'example.com',
  prompt: 'login',
  invitationToken: 'inv_1',
  provider: 'GoogleOAuth',
  connectionId: 'conn_1',
  redirectUri: 'https://preview.example.com/callback',
  state: 'custom',
  maxAge: 300,
};

describe('server function input', () => {
  it('accepts a bare return path or an options object for the sign-in URL', () => {
    expect(parseSignInUrlInput('/account')).toEqual({ returnPathname: '/account' });
    expect(parseSignInUrlInput(undefined)).toEqual({});
    expect(parseSignInUrlInput('')).toEqual({});
  });

  it('keeps every option the anchor accepts, none dropped', () => {
    expect(parseSignInUrlInput(everyOption)).toEqual(everyOption);
    expect(parseAuthorizationInput({ ...everyOption, screenHint: 'sign-up' })).toEqual({
      ...everyOption,
      screenHint: 'sign-up',
    });
    expect(parseSignInUrlInput({ maxAge: 0 })).toEqual({ maxAge: 0 });
  });

  it('rejects an unknown field with an InvalidArgumentError naming it', () => {
    expect(() => parseSignInUrlInput({ returnPath: '/a' })).toThrow(InvalidArgumentError);
    expect(() => parseSignInUrlInput({ returnPath: '/a' })).toThrow(/`returnPath`/);
    expect(() => parseAuthorizationInput({ screen_hint: 'sign-up' })).toThrow(/`screen_hint`/);
    // screenHint is getAuthorizationUrl's: the sign-in/up URLs fix it.
    expect(() => parseSignInUrlInput({ screenHint: 'sign-up' })).toThrow(/`screenHint`/);
    expect(() => parseSignOutInput({ returnTo: '/', redirect: true })).toThrow(/`redirect`/);
    expect(() => parseSwitchInput({ organizationId: 'org_1', orgId: 'org_2' })).toThrow(/`orgId`/);
  });

  it('rejects values of the wrong type instead of ignoring them', () => {
    expect(() => parseSignInUrlInput({ returnPathname: { toString: () => '/' } })).toThrow(
      /`returnPathname` must be a string/,
    );
    expect(() => parseSignInUrlInput({ maxAge: '300' })).toThrow(/`maxAge` must be a whole/);
    expect(() => parseSignInUrlInput({ maxAge: -1 })).toThrow(InvalidArgumentError);
    expect(() => parseAuthorizationInput({ screenHint: 'register' })).toThrow(/`screenHint`/);
    expect(() => parseAuthorizationInput(42)).toThrow(/options object/);
    expect(() => readField({ returnTo: 42 }, 'returnTo')).toThrow(InvalidArgumentError);
  });

  it('treats empty strings as absent', () => {
    expect(readField({ returnTo: '' }, 'returnTo')).toBeUndefined();
  });

  it('requires an organization id to switch to, or to look up', () => {
    expect(() => parseSwitchInput({})).toThrow(/`organizationId` is required/);
    expect(parseSwitchInput({ organizationId: 'org_2', returnTo: '/account' })).toEqual({
      organizationId: 'org_2',
      returnTo: '/account',
    });
    expect(parseOrganizationId('org_1')).toBe('org_1');
    expect(() => parseOrganizationId({ id: 'org_1' })).toThrow(InvalidArgumentError);
  });
});
