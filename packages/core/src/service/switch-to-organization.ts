import { toSession } from '../core/build-auth.js';
import type { Session, SignedInAuth } from '../types.js';
import type { AuthorizationResult, AuthService, SessionUpdate } from './auth-service.js';

/** Why an organization switch needs the user to sign in again (for that organization). */
export type SignInRequiredReason = 'sso_required' | 'mfa_enrollment' | 'authkit_redirect';

/** `switchToOrganization`'s answer, discriminated on `kind`. */
export type OrganizationSwitchResult<TResponse> =
  /** The session moved: apply `headers` (the new session cookie). */
  | ({ kind: 'switched' } & SessionUpdate)
  /**
   * The organization demands a fresh sign-in (its SSO, MFA enrolment, or WorkOS answered with an
   * AuthKit redirect): send the browser to `url`, applying `headers`/`response` (this flow's
   * verifier cookie). The current session is untouched.
   */
  | (AuthorizationResult<TResponse> & {
      kind: 'sign_in_required';
      reason: SignInRequiredReason;
      organizationId: string;
    });

/** Options of `switchToOrganization`. */
export interface SwitchToOrganizationOptions<TRequest, TResponse> {
  /** Where the sign-in returns to when one is needed (sanitised). */
  returnPathname?: string;
  /** The callback URL of that sign-in, instead of the configured one. */
  redirectUri?: string;
  /** The incoming request (caps pending verifier cookies when a sign-in is started). */
  request?: TRequest;
  /** A response to write the verifier cookie to (storages that mutate responses). */
  response?: TResponse;
}

const SIGN_IN_CODES: ReadonlySet<string> = new Set(['sso_required', 'mfa_enrollment']);

/**
 * What WorkOS's refusal of a switch asks for: a sign-in for the organization (`sso_required`,
 * `mfa_enrollment`, or any answer carrying `authkit_redirect_url`), or `null` for other failures.
 * Looks through the `cause` chain (the core wraps the SDK's exception).
 */
export function signInRequirement(error: unknown): SignInRequiredReason | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const e = current as {
      error?: unknown;
      code?: unknown;
      rawData?: { authkit_redirect_url?: unknown };
      cause?: unknown;
    };
    if (typeof e.rawData?.authkit_redirect_url === 'string') return 'authkit_redirect';
    for (const value of [e.error, e.code]) {
      if (typeof value === 'string' && SIGN_IN_CODES.has(value)) {
        return value as SignInRequiredReason;
      }
    }
    current = e.cause;
  }
  return null;
}

/**
 * Moves a session to another organization, or (when that organization's rules demand it) starts
 * a sign-in for it instead of throwing. The sign-in is this app's own PKCE flow (verifier cookie,
 * state) for `organizationId` with the user's email as `loginHint`, even when WorkOS offered an
 * AuthKit redirect URL: a flow started elsewhere could not be completed by a PKCE-checked
 * callback. Other refusals throw `OrganizationSwitchError` as `switchOrganization` does.
 */
export async function switchToOrganization<TRequest, TResponse>(
  service: AuthService<TRequest, TResponse>,
  current: Session | SignedInAuth,
  organizationId: string,
  options: SwitchToOrganizationOptions<TRequest, TResponse> = {},
): Promise<OrganizationSwitchResult<TResponse>> {
  try {
    return { kind: 'switched', ...(await service.switchOrganization(current, organizationId)) };
  } catch (error) {
    const reason = signInRequirement(error);
    if (!reason) throw error;
    const { response, ...authorization } = options;
    const signIn = await service.createSignIn(response, {
      ...authorization,
      organizationId,
      loginHint: toSession(current).user.email,
    });
    return { ...signIn, kind: 'sign_in_required', reason, organizationId };
  }
}
