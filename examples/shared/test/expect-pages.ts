import { defaultIds } from '@workos/authkit-emulator';
import { testId, testIds } from '@workos/authkit-emulator/testing';
import { expect } from 'vitest';

/**
 * The account page of the emulator's seeded user alice, signed in to her first organization (Acme,
 * as admin): her details, the header, and a switch to Globex only.
 */
export function expectAliceAtAcme(body: string): void {
  expect(testId(body, 'user-email')).toBe('alice@example.com');
  expect(testId(body, 'organization-id')).toBe(defaultIds.acme);
  expect(testId(body, 'role')).toBe('admin');
  expect(testIds(body, 'permission')).toContain('widgets:write');
  expect(testId(body, 'organization-name')).toBe('Acme');
  expect(testId(body, 'header-user')).toBe('Alice Anderson');
  expect(testId(body, 'header-organization')).toBe('Acme');
  expect(body).toContain(`data-testid="switch-org-${defaultIds.globex}"`);
  expect(body).not.toContain(`data-testid="switch-org-${defaultIds.acme}"`);
}

/** The account page once alice has switched to Globex (as a member), offering Acme back. */
export function expectAliceAtGlobex(body: string): void {
  expect(testId(body, 'organization-id')).toBe(defaultIds.globex);
  expect(testId(body, 'role')).toBe('member');
  expect(body).toContain(`data-testid="switch-org-${defaultIds.acme}"`);
}

/** The page of a failed sign-in (a forged callback): what happened, the code, and a retry. */
export function expectSignInErrorPage(body: string): void {
  expect(testId(body, 'auth-error')).toMatch(/^(oauth_state_mismatch|pkce_cookie_missing)$/);
  expect(body).toContain('Sign-in didn’t complete');
  expect(body).toContain('data-testid="retry-sign-in"');
}
