// app/login/route.ts: the Sign-in URL (initiate_login_uri) route.
import { getSignInUrl } from '@workos/authkit-next';
import { redirect } from 'next/navigation';

export const GET = async () => {
  const signInUrl = await getSignInUrl({ state: JSON.stringify({ teamId: 'team_123' }) });
  return redirect(signInUrl);
};
