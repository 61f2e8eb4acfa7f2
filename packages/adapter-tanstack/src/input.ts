import { InvalidArgumentError } from '@workos/authkit-session';

/** Reads one optional string field from a server function's (untrusted) input object. */
export function readField(input: unknown, name: string): string | undefined {
  const value =
    typeof input === 'object' && input !== null
      ? (input as Record<string, unknown>)[name]
      : undefined;
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new InvalidArgumentError(`\`${name}\` must be a string.`);
  return value;
}

/** Options accepted by `getSignInUrl` / `getSignUpUrl`. */
export interface SignInUrlInput {
  returnPathname?: string;
  organizationId?: string;
  loginHint?: string;
}

/** Validates the input of `getSignInUrl` / `getSignUpUrl`. */
export function parseSignInUrlInput(input: unknown): SignInUrlInput {
  if (typeof input === 'string') return { returnPathname: input };
  return {
    returnPathname: readField(input, 'returnPathname'),
    organizationId: readField(input, 'organizationId'),
    loginHint: readField(input, 'loginHint'),
  };
}

/** Input of `signOut`: where to land after WorkOS ends the session. */
export interface SignOutInput {
  returnTo?: string;
}

/** Input of `switchToOrganization`; `returnTo` makes it answer with a redirect (forms). */
export interface SwitchOrganizationInput {
  organizationId: string;
  returnTo?: string;
}

/** Validates the input of `switchToOrganization`. */
export function parseSwitchInput(input: unknown): SwitchOrganizationInput {
  const organizationId = readField(input, 'organizationId');
  if (!organizationId) throw new InvalidArgumentError('`organizationId` is required.');
  return { organizationId, returnTo: readField(input, 'returnTo') };
}
