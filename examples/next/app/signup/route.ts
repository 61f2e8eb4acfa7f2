import { getSignUpUrl } from '@workos/authkit-next';
import { type NextRequest, NextResponse } from 'next/server';

/** `GET /signup`: the AuthKit sign-up screen. */
export async function GET(request: NextRequest) {
  const returnPathname = request.nextUrl.searchParams.get('returnPathname') ?? '/';
  const url = await getSignUpUrl({ returnPathname });
  return NextResponse.redirect(url, { status: 307, headers: { 'Cache-Control': 'no-store' } });
}
