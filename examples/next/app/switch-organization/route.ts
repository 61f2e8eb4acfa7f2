import { AuthKitError, switchToOrganization } from '@workos/authkit-next';
import { type NextRequest, NextResponse } from 'next/server';

/** `POST /switch-organization` (form field `organizationId`): switches, then shows the account page. */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const organizationId = form.get('organizationId');
  const headers = { 'Cache-Control': 'no-store' };
  if (typeof organizationId !== 'string' || organizationId === '') {
    return NextResponse.json({ error: 'organizationId is required' }, { status: 400, headers });
  }
  const target = new URL('/account', request.url);
  try {
    await switchToOrganization(organizationId, { revalidationStrategy: 'none' });
  } catch (error) {
    if (!(error instanceof AuthKitError)) throw error;
    // A form posted from another site is refused outright.
    if (error.code === 'cross_origin_request') {
      return new NextResponse(`Forbidden (${error.code}).`, { status: 403, headers });
    }
    target.searchParams.set('error', error.code);
  }
  return NextResponse.redirect(target, { status: 303, headers });
}
