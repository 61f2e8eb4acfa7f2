import { getSignInUrl } from '@workos/authkit-next';
import { type NextRequest, NextResponse } from 'next/server';

/** `GET /login?returnPathname=…`: writes the sign-in verifier cookie and goes to AuthKit. */
export async function GET(request: NextRequest) {
  const returnPathname = request.nextUrl.searchParams.get('returnPathname') ?? '/';
  const url = await getSignInUrl({ returnPathname });
  return NextResponse.redirect(url, { status: 307, headers: { 'Cache-Control': 'no-store' } });
}
