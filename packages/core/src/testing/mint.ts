import { WorkOS } from '@workos-inc/node';
import { planChunkedWrite } from '../cookies/chunking.js';
import { sessionEncryption } from '../crypto/session-encryption.js';
import { InvalidArgumentError } from '../errors.js';
import { createPkcePair } from '../pkce/random.js';
import type { Session, SignedInAuth, User } from '../types.js';

import { signTestAccessToken, type TestSigningKey } from './keys.js';

/** The fields of a signed-in auth that come from the access token's claims. */
type ClaimField =
  | 'organizationId'
  | 'role'
  | 'roles'
  | 'permissions'
  | 'entitlements'
  | 'featureFlags';

/** What every minted session returns. */
export interface MintedSession {
  cookieName: string;
  /** The sealed session (the value of the session cookie before chunking). */
  cookieValue: string;
  /** The cookie(s) to send; more than one when the session is chunked. */
  cookies: Array<{ name: string; value: string }>;
  /** A ready `Cookie` request header. */
  cookieHeader: string;
  session: Session;
  accessToken: string;
}

interface CommonOptions {
  /** The app's cookie password(s); the first seals. */
  cookiePassword: string | readonly string[];
  /** Default `wos-session`. */
  cookieName?: string;
}

/** Mint with a key the test controls (serve `signingKey.jwks` at the app's JWKS URL). */
export interface LocalMintOptions
  extends CommonOptions,
    Partial<Pick<SignedInAuth, ClaimField | 'impersonator' | 'sessionId' | 'refreshToken'>> {
  signingKey: Pick<TestSigningKey, 'kid' | 'privateKey'>;
  /** Must be in the app's issuer allow-list (e.g. `${apiBase}/user_management/${clientId}`). */
  issuer: string;
  user?: Partial<User>;
  /** Access-token lifetime; default 300 s. Negative values mint an already-expired token. */
  ttlSeconds?: number;
}

/** Mint by signing in through a running emulator (real codes, real tokens, real refresh token). */
export interface EmulatorMintOptions extends CommonOptions {
  emulator: { url: string; clientId: string; apiKey: string };
  /** A seeded user's email or id (sent as `login_hint`). */
  user: string;
  organizationId?: string;
  /** Must be on the emulator's allowed hosts; default `http://localhost:3000/callback`. */
  redirectUri?: string;
}

function testUser(partial: Partial<User> = {}): User {
  const now = new Date().toISOString();
  return {
    object: 'user',
    id: 'user_01TESTUSER000000000000000',
    email: 'test.user@example.com',
    emailVerified: true,
    profilePictureUrl: null,
    name: null,
    firstName: 'Test',
    lastName: 'User',
    lastSignInAt: now,
    locale: null,
    createdAt: now,
    updatedAt: now,
    externalId: null,
    metadata: {},
    ...partial,
  };
}

async function seal(session: Session, options: CommonOptions): Promise<MintedSession> {
  const cookieName = options.cookieName ?? 'wos-session';
  const cookieValue = await sessionEncryption.sealData(session, {
    password: options.cookiePassword,
  });
  const cookies = planChunkedWrite(cookieName, cookieValue, []).set;
  const cookieHeader = cookies.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join('; ');
  return {
    cookieName,
    cookieValue,
    cookies,
    cookieHeader,
    session,
    accessToken: session.accessToken,
  };
}

async function mintLocal(options: LocalMintOptions): Promise<MintedSession> {
  const user = testUser(options.user);
  const accessToken = await signTestAccessToken(
    options.signingKey,
    {
      iss: options.issuer,
      sub: user.id,
      sid: options.sessionId ?? `session_${crypto.randomUUID().replace(/-/g, '')}`,
      ...(options.organizationId ? { org_id: options.organizationId } : {}),
      ...(options.role ? { role: options.role, roles: options.roles ?? [options.role] } : {}),
      ...(options.permissions ? { permissions: options.permissions } : {}),
      ...(options.entitlements ? { entitlements: options.entitlements } : {}),
      ...(options.featureFlags ? { feature_flags: options.featureFlags } : {}),
      ...(options.impersonator ? { act: { sub: options.impersonator.email } } : {}),
    },
    options.ttlSeconds ?? 300,
  );
  const session: Session = {
    accessToken,
    refreshToken: options.refreshToken ?? `refresh_test_${crypto.randomUUID()}`,
    user,
  };
  if (options.impersonator) session.impersonator = options.impersonator;
  return seal(session, options);
}

async function mintFromEmulator(options: EmulatorMintOptions): Promise<MintedSession> {
  const base = new URL(options.emulator.url);
  const client = new WorkOS(options.emulator.apiKey, {
    clientId: options.emulator.clientId,
    apiHostname: base.hostname,
    https: base.protocol === 'https:',
    ...(base.port ? { port: Number(base.port) } : {}),
    maxRetries: 0,
  });
  const { codeVerifier, codeChallenge } = await createPkcePair();
  const authorizeUrl = client.userManagement.getAuthorizationUrl({
    provider: 'authkit',
    clientId: options.emulator.clientId,
    redirectUri: options.redirectUri ?? 'http://localhost:3000/callback',
    loginHint: options.user,
    codeChallenge,
    codeChallengeMethod: 'S256',
    state: 'mint',
    ...(options.organizationId ? { organizationId: options.organizationId } : {}),
  });
  const redirect = await fetch(authorizeUrl, { redirect: 'manual' });
  const location = redirect.headers.get('location');
  const code = location ? new URL(location).searchParams.get('code') : null;
  if (!code) {
    throw new InvalidArgumentError(
      `The emulator did not sign in "${options.user}" (status ${redirect.status}); use a seeded user's email or id.`,
    );
  }
  const response = await client.userManagement.authenticateWithCode({
    clientId: options.emulator.clientId,
    code,
    codeVerifier,
  });
  const session: Session = {
    accessToken: response.accessToken,
    refreshToken: response.refreshToken,
    user: response.user,
  };
  if (response.impersonator) session.impersonator = response.impersonator;
  return seal(session, options);
}

/**
 * Mints a signed-in session cookie for tests: either signed by a key the test controls
 * (`signingKey` + `issuer`) or by signing in through a running emulator (`emulator` + `user`).
 */
export function mintTestSession(
  options: LocalMintOptions | EmulatorMintOptions,
): Promise<MintedSession> {
  return 'emulator' in options ? mintFromEmulator(options) : mintLocal(options);
}
