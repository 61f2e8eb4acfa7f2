import { getWorkOS, saveSession } from '@workos/authkit-next';
import { type NextRequest, NextResponse } from 'next/server';

export async function POST(req: NextRequest) {
  const form = await req.formData();
  // Authenticate with the WorkOS API directly
  const authResponse = await getWorkOS().userManagement.authenticateWithPassword({
    clientId: process.env.WORKOS_CLIENT_ID ?? '',
    email: String(form.get('email')),
    password: String(form.get('password')),
  });
  // Save the session data to a cookie
  await saveSession(
    {
      accessToken: authResponse.accessToken,
      refreshToken: authResponse.refreshToken,
      user: authResponse.user,
      impersonator: authResponse.impersonator,
    },
    req,
  );
  return NextResponse.redirect(new URL('/account', req.url), 303);
}
