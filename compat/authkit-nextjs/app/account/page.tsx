import {
  checkRecentAuth,
  getTokenClaims,
  refreshSession,
  switchToOrganization,
  withAuth,
} from '@workos/authkit-next';

const GLOBEX = 'org_01GLOBEX000000000000000000';

export default async function AccountPage() {
  const { user, organizationId, role, permissions, accessToken } = await withAuth({
    ensureSignedIn: true,
  });
  const { isStale } = await checkRecentAuth({ maxAge: 300 });
  const { sid } = await getTokenClaims(accessToken);

  return (
    <>
      <p data-testid="user-email">{user.email}</p>
      <p data-testid="organization-id">{organizationId}</p>
      <p data-testid="role">{role}</p>
      <p data-testid="permissions">{(permissions ?? []).join(',')}</p>
      <p data-testid="recent-auth">{isStale ? 'stale' : 'fresh'}</p>
      <p data-testid="session-id">{sid}</p>
      <form
        action={async () => {
          'use server';
          await refreshSession({ ensureSignedIn: true });
        }}
      >
        <button type="submit">Refresh session</button>
      </form>
      <form
        action={async () => {
          'use server';
          await switchToOrganization(GLOBEX);
        }}
      >
        <button type="submit">Switch to Globex</button>
      </form>
    </>
  );
}
