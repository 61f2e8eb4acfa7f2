import type { Emulator } from '@workos/authkit-emulator';
import { sessionEncryption } from '@workos/authkit-session';

/** What a simulated browser holds, and what the app must answer for it. */
export interface LoadSession {
  kind: 'valid' | 'expiring' | 'invalid' | 'anonymous';
  email: string | null;
  cookie: string | null;
  refreshed: boolean;
}

const USERS = ['alice@example.com', 'bob@example.com'];

async function mint(emulator: Emulator, email: string, password: string): Promise<string> {
  const tokens = await emulator.signIn({ user: email });
  const session = JSON.parse(
    JSON.stringify({
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      user: tokens.user,
    }),
  );
  return sessionEncryption.sealData(session, { password });
}

/**
 * Real emulator sessions: `valid` ones (fresh tokens), `expiring` ones (tokens inside the refresh
 * buffer, so each must be refreshed exactly once), `invalid` ones (tampered, foreign or junk) and
 * `anonymous` browsers without a cookie.
 */
export async function mintLoadSessions(
  emulator: Emulator,
  password: string,
  counts: { valid: number; expiring: number; invalid: number; anonymous: number },
): Promise<LoadSession[]> {
  const sessions: LoadSession[] = [];
  const signedIn = async (kind: 'valid' | 'expiring', count: number) => {
    for (let i = 0; i < count; i++) {
      const email = USERS[i % USERS.length]!;
      const cookie = `wos-session=${await mint(emulator, email, password)}`;
      sessions.push({ kind, email, cookie, refreshed: false });
    }
  };
  await signedIn('valid', counts.valid);
  emulator.setClockOffset(-285);
  try {
    await signedIn('expiring', counts.expiring);
  } finally {
    emulator.setClockOffset(0);
  }
  const sample = sessions[0]?.cookie ?? 'wos-session=Fe26.2*1*x';
  const invalidValues = [
    (i: number) => `${sample.slice(0, 40 + i)}`,
    (i: number) => `${sample.slice(0, -5)}${String(i).padStart(5, 'A')}`,
    (i: number) => `wos-session=junk-${i}`,
    (i: number) => `wos-session=${encodeURIComponent(`Fe26.2*1*${'%'.repeat(i % 7)}*x~2`)}`,
  ];
  const other = 'another-app-password-that-is-long-enough-123';
  for (let i = 0; i < counts.invalid; i++) {
    const cookie =
      i % 5 === 4
        ? `wos-session=${await mint(emulator, USERS[0]!, other)}`
        : invalidValues[i % 4]!(i);
    sessions.push({ kind: 'invalid', email: null, cookie, refreshed: false });
  }
  for (let i = 0; i < counts.anonymous; i++)
    sessions.push({ kind: 'anonymous', email: null, cookie: null, refreshed: false });
  return sessions;
}
