import { type AuthorizationOptions, InvalidArgumentError } from '@workos/authkit-session';
import { sanitizeReturnPathname } from '@workos/authkit-session/adapter';

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

/** Throws an `InvalidArgumentError` naming the first key of `input` that `allowed` lacks. */
export function rejectUnknownFields(
  input: unknown,
  allowed: readonly string[],
  where: string,
): void {
  if (typeof input !== 'object' || input === null) return;
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key)) {
      throw new InvalidArgumentError(
        `${where} does not accept \`${key}\`. Accepted options: ${allowed.join(', ')}.`,
      );
    }
  }
}

/**
 * Options of `getAuthorizationUrl` (the anchor's `GetAuthURLOptions`): every sign-in option of the
 * core, each passed on to WorkOS. `returnPathname` is sanitised to a same-site path.
 */
export type GetAuthURLOptions = Omit<AuthorizationOptions, 'request'>;

/** Options of `getSignInUrl` / `getSignUpUrl`: {@link GetAuthURLOptions} without `screenHint`. */
export type SignInUrlInput = Omit<GetAuthURLOptions, 'screenHint'>;

const STRING_OPTIONS = [
  'returnPathname',
  'organizationId',
  'loginHint',
  'domainHint',
  'prompt',
  'invitationToken',
  'provider',
  'connectionId',
  'redirectUri',
  'state',
] as const;
const AUTHORIZATION_OPTIONS = [...STRING_OPTIONS, 'maxAge', 'screenHint'] as const;
const SIGN_IN_OPTIONS = [...STRING_OPTIONS, 'maxAge'] as const;

function readMaxAge(input: unknown): number | undefined {
  const value = (input as { maxAge?: unknown } | undefined)?.maxAge;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidArgumentError(
      `\`maxAge\` must be a whole number of seconds >= 0 (got ${String(value)}).`,
    );
  }
  return value;
}

function readOptions(input: unknown, allowed: readonly string[], where: string) {
  if (input !== undefined && input !== null && typeof input !== 'object') {
    throw new InvalidArgumentError(`${where} takes an options object.`);
  }
  rejectUnknownFields(input, allowed, where);
  const options: Record<string, unknown> = {};
  for (const name of STRING_OPTIONS) {
    const value = readField(input, name);
    if (value !== undefined) options[name] = value;
  }
  const maxAge = readMaxAge(input);
  if (maxAge !== undefined) options.maxAge = maxAge;
  return options;
}

/**
 * Validates the input of `getSignInUrl` / `getSignUpUrl`: a bare return path, or an object of
 * {@link SignInUrlInput}. An unknown field (or `screenHint`: use `getAuthorizationUrl`) is an
 * `InvalidArgumentError`, never silently dropped.
 */
export function parseSignInUrlInput(input: unknown): SignInUrlInput {
  if (typeof input === 'string') return input ? { returnPathname: input } : {};
  return readOptions(input, SIGN_IN_OPTIONS, 'getSignInUrl / getSignUpUrl') as SignInUrlInput;
}

/** Validates the input of `getAuthorizationUrl` ({@link GetAuthURLOptions}). */
export function parseAuthorizationInput(input: unknown): GetAuthURLOptions {
  const options = readOptions(input, AUTHORIZATION_OPTIONS, 'getAuthorizationUrl');
  const screenHint = readField(input, 'screenHint');
  if (screenHint !== undefined) {
    if (screenHint !== 'sign-in' && screenHint !== 'sign-up') {
      throw new InvalidArgumentError(
        `\`screenHint\` must be "sign-in" or "sign-up" (got "${screenHint}").`,
      );
    }
    options.screenHint = screenHint;
  }
  return options as GetAuthURLOptions;
}

/** Input of `signOut` / `getSignOutUrl`: where to land after WorkOS ends the session. */
export interface SignOutInput {
  returnTo?: string;
}

/** Validates the input of `signOut` / `getSignOutUrl`. */
export function parseSignOutInput(input: unknown): SignOutInput {
  rejectUnknownFields(input, ['returnTo'], 'signOut');
  return { returnTo: readField(input, 'returnTo') };
}

/**
 * Input of `switchToOrganization` and `switchToOrganizationAction`. `returnTo` (the anchor's
 * meaning) is where the browser goes when the switch cannot happen here: back to after the
 * re-authentication the organization demands, or (`switchToOrganization` only) when signed out.
 */
export interface SwitchOrganizationInput {
  organizationId: string;
  returnTo?: string;
}

/**
 * Validates the input of `switchToOrganization` / `switchToOrganizationAction` (`where`):
 * `organizationId` is required, `returnTo` is sanitised to a path on this site.
 */
export function parseSwitchInput(
  input: unknown,
  where = 'switchToOrganization',
): SwitchOrganizationInput {
  rejectUnknownFields(input, ['organizationId', 'returnTo'], where);
  const organizationId = readField(input, 'organizationId');
  if (!organizationId) throw new InvalidArgumentError('`organizationId` is required.');
  const returnTo = readField(input, 'returnTo');
  return { organizationId, returnTo: returnTo && sanitizeReturnPathname(returnTo) };
}

/** Validates a bare organization id (the input of `getOrganizationAction`). */
export function parseOrganizationId(input: unknown): string {
  if (typeof input !== 'string' || input === '') {
    throw new InvalidArgumentError('Pass the organization id as a non-empty string.');
  }
  return input;
}
