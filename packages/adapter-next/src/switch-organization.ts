import { revalidatePath, revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { redirectToSignIn } from './auth.js';
import {
  assertSameOriginRequest,
  currentPathname,
  currentRequest,
  writeCookies,
} from './request-scope.js';
import { getAuthService } from './service.js';
import type { SwitchToOrganizationOptions, UserInfo } from './types.js';
import { userInfo } from './user-info.js';

/** What {@link moveSession} did: switched, found no session, or a sign-in the organization demands. */
export type SessionMove =
  | { kind: 'switched'; auth: UserInfo; returnTo: string }
  | { kind: 'signed_out'; returnTo: string }
  | { kind: 'sign_in_required'; url: string };

/**
 * The one organization switch (internal): moves the session, saves it, revalidates as asked;
 * never redirects. When the organization demands a fresh sign-in (`sso_required`,
 * `mfa_enrollment`), answers that sign-in's URL, coming back to `returnTo` (its verifier cookie
 * written). Throws `OrganizationSwitchError` for other refusals, and `CrossOriginRequestError`
 * (answer 403) for a request from another site, before anything else.
 */
export async function moveSession(
  organizationId: string,
  options: SwitchToOrganizationOptions = {},
): Promise<SessionMove> {
  await assertSameOriginRequest();
  const { revalidationStrategy = 'path', revalidationTags = [] } = options;
  const returnTo = samePath(options.returnTo) ?? (await currentPathname());
  const service = getAuthService();
  const request = await currentRequest();
  const session = await service.getSession(request);
  if (!session) return { kind: 'signed_out', returnTo };
  const result = await service.switchToOrganization(session, organizationId, {
    returnPathname: returnTo,
    request,
  });
  await writeCookies(result.headers, 'switchToOrganization()');
  if (result.kind === 'sign_in_required') return { kind: 'sign_in_required', url: result.url };
  try {
    if (revalidationStrategy === 'path') revalidatePath(returnTo);
    if (revalidationStrategy === 'tag')
      for (const tag of revalidationTags) revalidateTag(tag, 'max');
  } catch {
    // Outside a Next request scope (tests, other runtimes) there is nothing to revalidate.
  }
  return { kind: 'switched', auth: userInfo(result.auth), returnTo };
}

/**
 * Switches the session to another organization the user belongs to and saves it (route handlers,
 * server actions). When the organization demands a fresh sign-in (`sso_required`,
 * `mfa_enrollment`), redirects to this app's sign-in for it, returning to `returnTo`. Then, by
 * `revalidationStrategy`: `'path'` (default) revalidates `returnTo` (default: the current page)
 * and redirects there, `'tag'` revalidates `revalidationTags` and redirects, `'none'` returns the
 * new auth. Signed out: redirects to sign-in. Throws `OrganizationSwitchError` for other refusals,
 * and `CrossOriginRequestError` (answer 403) for a request from another site, before anything else.
 */
export async function switchToOrganization(
  organizationId: string,
  options: SwitchToOrganizationOptions = {},
): Promise<UserInfo> {
  const move = await moveSession(organizationId, options);
  if (move.kind === 'signed_out') return redirectToSignIn();
  if (move.kind === 'sign_in_required') redirect(move.url);
  if ((options.revalidationStrategy ?? 'path') !== 'none') redirect(move.returnTo);
  return move.auth;
}

/** A `returnTo` reduced to a path on this site (`/x?y`), or undefined. */
function samePath(returnTo: string | undefined): string | undefined {
  if (!returnTo) return undefined;
  try {
    const url = new URL(returnTo, 'http://same.invalid');
    return url.origin === 'http://same.invalid' ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}
