import { handleAuth } from '@workos/authkit-next';

export const GET = handleAuth({
  onSuccess: async ({ user, authenticationMethod, organizationId, state }) => {
    // Stands in for the README's saveAuthMethod / addUserToTeam side effects.
    const customData = state ? JSON.parse(state) : null;
    console.log(
      `[fixture] onSuccess user=${user.email} method=${authenticationMethod} org=${organizationId} team=${customData?.teamId ?? ''}`,
    );
  },
});
