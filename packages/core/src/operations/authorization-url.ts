import type { WorkOS } from '@workos-inc/node';
import { InvalidArgumentError } from '../errors.js';
import type { AuthorizationOptions, AuthorizationPrompt } from '../types.js';

/** The SDK's options for `userManagement.getAuthorizationUrl` (of the installed SDK). */
type SdkAuthorizationUrlOptions = Parameters<WorkOS['userManagement']['getAuthorizationUrl']>[0];

const PROMPTS: ReadonlySet<string> = new Set<AuthorizationPrompt>([
  'login',
  'none',
  'consent',
  'select_account',
]);

/** What a sign-in URL is built from: the caller's options plus this flow's PKCE values. */
export interface AuthorizationUrlInput {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  options: Omit<AuthorizationOptions, 'request'>;
}

/** A string option: unset when `undefined` or empty (as before these checks existed). */
function nonEmpty(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new InvalidArgumentError(`The sign-in option \`${name}\` must be a string.`);
  }
  return value;
}

/**
 * Checks the caller's authorization options and maps them onto the SDK's. Empty strings
 * count as unset. Throws `InvalidArgumentError` for a `maxAge` that is not an integer >= 0 (a
 * step-up sign-in must never silently lose it), an unknown `prompt`, or a non-string option.
 */
export function sdkAuthorizationOptions(input: AuthorizationUrlInput): SdkAuthorizationUrlOptions {
  const { options } = input;
  const { maxAge } = options;
  const prompt = options.prompt === ('' as AuthorizationPrompt) ? undefined : options.prompt;
  if (maxAge !== undefined && !(Number.isInteger(maxAge) && maxAge >= 0)) {
    throw new InvalidArgumentError(
      `The sign-in option \`maxAge\` must be a whole number of seconds >= 0 (got ${String(maxAge)}).`,
    );
  }
  if (prompt !== undefined && !PROMPTS.has(prompt)) {
    throw new InvalidArgumentError(
      `The sign-in option \`prompt\` must be one of ${[...PROMPTS].join(', ')} (got ${String(prompt)}).`,
    );
  }
  const connectionId = nonEmpty('connectionId', options.connectionId);
  const provider = nonEmpty('provider', options.provider) ?? (connectionId ? undefined : 'authkit');
  const organizationId = nonEmpty('organizationId', options.organizationId);
  const loginHint = nonEmpty('loginHint', options.loginHint);
  const domainHint = nonEmpty('domainHint', options.domainHint);
  const invitationToken = nonEmpty('invitationToken', options.invitationToken);
  const sdk: SdkAuthorizationUrlOptions = {
    clientId: input.clientId,
    redirectUri: input.redirectUri,
    state: input.state,
    codeChallenge: input.codeChallenge,
    codeChallengeMethod: 'S256',
  };
  if (provider) sdk.provider = provider;
  if (connectionId) sdk.connectionId = connectionId;
  // The SDK accepts a screen hint only for the AuthKit page.
  if (options.screenHint && provider === 'authkit') sdk.screenHint = options.screenHint;
  if (organizationId) sdk.organizationId = organizationId;
  if (loginHint) sdk.loginHint = loginHint;
  if (domainHint) sdk.domainHint = domainHint;
  if (invitationToken) sdk.invitationToken = invitationToken;
  if (prompt) sdk.prompt = prompt;
  if (maxAge !== undefined) sdk.maxAge = maxAge;
  return sdk;
}
