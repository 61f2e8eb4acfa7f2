import { withAuth } from '@workos/authkit-next';
import { NextResponse } from 'next/server';

/** `GET /api/me`: the signed-in user as JSON, or 401. */
export async function GET() {
  const auth = await withAuth();
  const headers = { 'Cache-Control': 'private, no-store', Vary: 'Cookie' };
  if (!auth.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers });
  return NextResponse.json(
    {
      user: { id: auth.user.id, email: auth.user.email },
      organizationId: auth.organizationId ?? null,
      role: auth.role ?? null,
      permissions: auth.permissions ?? [],
    },
    { headers },
  );
}
