import { AuthKitError, getSignOutUrl } from '@workos/authkit-next';
import { type NextRequest, NextResponse } from 'next/server';

/** `POST /logout`: clears the session and ends it at WorkOS, which sends the browser back home. */
export async function POST(request: NextRequest) {
  const headers = { 'Cache-Control': 'no-store' };
  let url: string;
  try {
    // Refuses a form posted from another site (CrossOriginRequestError).
    url = await getSignOutUrl({ returnTo: new URL('/', request.url).toString() });
  } catch (error) {
    if (!(error instanceof AuthKitError) || error.code !== 'cross_origin_request') throw error;
    return new NextResponse(`Forbidden (${error.code}).`, { status: 403, headers });
  }
  return NextResponse.redirect(new URL(url, request.url), { status: 303, headers });
}
