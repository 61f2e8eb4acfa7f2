import { type Session, sessionEncryption } from '@workos/authkit-session';
import type { EmulatorProcess, SignInJson } from './emulator-client.js';

/** A signed-in session minted by the emulator and sealed into a cookie value. */
export interface MintedCookie {
  session: Session;
  sealed: string;
  /** A ready `Cookie` request header. */
  cookieHeader: string;
}

const USER_FIELDS: Record<string, string> = {
  email_verified: 'emailVerified',
  first_name: 'firstName',
  last_name: 'lastName',
  profile_picture_url: 'profilePictureUrl',
  last_sign_in_at: 'lastSignInAt',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
  external_id: 'externalId',
};

/** The user as the WorkOS SDK hands it to the session code (camelCase fields). */
function sdkUser(json: Record<string, unknown>): Session['user'] {
  const user: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) user[USER_FIELDS[key] ?? key] = value;
  return user as unknown as Session['user'];
}

/** The session both libraries store: tokens plus the user, as after a code exchange. */
export function sessionFrom(json: SignInJson): Session {
  return {
    accessToken: json.access_token,
    refreshToken: json.refresh_token,
    user: sdkUser(json.user),
  };
}

/**
 * Mints `count` distinct sessions for a seeded user (each its own WorkOS session and tokens) and
 * seals each one. Iron `Fe26.2` with password id 1 is the format both libraries read and write.
 */
export async function mintCookies(
  emulator: EmulatorProcess,
  count: number,
  password: string,
  cookieName: string,
  user = 'alice@example.com',
): Promise<MintedCookie[]> {
  const batches: Promise<SignInJson[]>[] = [];
  for (let left = count; left > 0; left -= 250) {
    batches.push(emulator.signInMany(Math.min(250, left), user));
  }
  const signIns = (await Promise.all(batches)).flat();
  return Promise.all(
    signIns.map(async (json) => {
      const session = sessionFrom(json);
      const sealed = await sessionEncryption.sealData(session, { password });
      return { session, sealed, cookieHeader: `${cookieName}=${sealed}` };
    }),
  );
}
