import { getSignInUrl, getSignUpUrl } from '@workos/authkit-tanstack-start';

/**
 * The handler of `GET /login` (`sign-in`) or `GET /signup` (`sign-up`): a redirect (302) to
 * WorkOS's hosted page, coming back to the `returnPathname` query parameter (default `/`).
 */
export function redirectToHostedPage(page: 'sign-in' | 'sign-up') {
  const hostedPageUrl = page === 'sign-up' ? getSignUpUrl : getSignInUrl;
  return async ({ request }: { request: Request }) => {
    const returnPathname = new URL(request.url).searchParams.get('returnPathname') ?? '/';
    const url = await hostedPageUrl({ data: { returnPathname } });
    return new Response(null, { status: 302, headers: { location: url } });
  };
}
