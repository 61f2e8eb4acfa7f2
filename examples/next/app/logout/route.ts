import { getSignOutUrl } from '@workos/authkit-next';
import { type NextRequest, NextResponse } from 'next/server';

/** `POST /logout`: clears the session and ends it at WorkOS, which sends the browser back home. */
export async function POST(request: NextRequest) {
  const url = await getSignOutUrl({ returnTo: new URL('/', request.url).toString() });
  return NextResponse.redirect(new URL(url, request.url), {
    status: 303,
    headers: { 'Cache-Control': 'no-store' },
  });
}
