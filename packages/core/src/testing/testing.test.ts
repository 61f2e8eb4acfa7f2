import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JwksServer, startJwksServer } from '../../test-support/jwks-server.js';
import { AuthService } from '../service/auth-service.js';
import {
  type Emulator,
  emulatorService,
  startEmulator,
  TEST_PASSWORD,
} from '../test-support/emulator-service.js';
import { FetchStorage, requestWithCookies } from '../test-support/fetch-storage.js';
import {
  cookieHeaderFrom,
  createTestSigningKey,
  mintTestSession,
  parseSetCookie,
} from './index.js';

describe('mintTestSession with a local key', () => {
  let jwks: JwksServer;
  let service: AuthService<Request, Response>;
  let key: Awaited<ReturnType<typeof createTestSigningKey>>;

  beforeAll(async () => {
    key = await createTestSigningKey('local-kid');
    jwks = await startJwksServer(key.jwks, 'client_local');
    const url = new URL(jwks.origin);
    service = new AuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
      config: {
        clientId: 'client_local',
        apiKey: 'sk_local',
        redirectUri: 'http://localhost:3000/callback',
        cookiePassword: TEST_PASSWORD,
        apiHostname: url.hostname,
        apiPort: Number(url.port),
        apiHttps: false,
      },
    });
  });
  afterAll(() => jwks.stop());

  it('mints a cookie that withAuth accepts, with the requested org, role and permissions', async () => {
    const minted = await mintTestSession({
      signingKey: key,
      issuer: `${jwks.origin}/user_management/client_local`,
      cookiePassword: TEST_PASSWORD,
      user: { id: 'user_01CAROL', email: 'carol@example.com' },
      organizationId: 'org_01TEST',
      role: 'admin',
      permissions: ['widgets:write'],
      impersonator: { email: 'support@example.com', reason: 'debugging' },
    });
    const { auth } = await service.withAuth(
      requestWithCookies('http://localhost:3000/', minted.cookieHeader),
    );
    expect(auth.user?.email).toBe('carol@example.com');
    if (!auth.user) return;
    expect(auth.organizationId).toBe('org_01TEST');
    expect(auth.role).toBe('admin');
    expect(auth.roles).toEqual(['admin']);
    expect(auth.permissions).toEqual(['widgets:write']);
    expect(auth.impersonator?.email).toBe('support@example.com');
    expect(auth.claims.act?.sub).toBe('support@example.com');
  });

  it('a cookie signed by another key is signed out', async () => {
    const stranger = await createTestSigningKey('local-kid');
    const minted = await mintTestSession({
      signingKey: stranger,
      issuer: `${jwks.origin}/user_management/client_local`,
      cookiePassword: TEST_PASSWORD,
      refreshToken: 'refresh_unknown',
    });
    const { auth } = await service.withAuth(
      requestWithCookies('http://localhost:3000/', minted.cookieHeader),
    );
    expect(auth.user).toBeNull();
  });
});

describe('mintTestSession through the emulator', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.stop());

  it('signs a seeded user in for real and the cookie works with withAuth', async () => {
    const minted = await mintTestSession({
      emulator,
      user: 'bob@example.com',
      cookiePassword: TEST_PASSWORD,
    });
    const service = emulatorService(emulator);
    const { auth } = await service.withAuth(
      requestWithCookies('http://localhost:3000/', minted.cookieHeader),
    );
    expect(auth.user?.email).toBe('bob@example.com');
    expect(auth.user ? auth.role : undefined).toBe('member');
  });
});

describe('parseSetCookie / cookieHeaderFrom', () => {
  const lines = [
    'wos-session=Fe26.2*1*abc~2; Path=/; Max-Age=60; HttpOnly; Secure; SameSite=Lax',
    'wos-auth-verifier-x=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
    'theme=dark%20blue; Path=/',
  ];

  it('parses attributes and deletions', () => {
    const [session, verifier, theme] = parseSetCookie(lines);
    expect(session).toMatchObject({
      name: 'wos-session',
      value: 'Fe26.2*1*abc~2',
      path: '/',
      maxAge: 60,
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
      cleared: false,
    });
    expect(verifier?.cleared).toBe(true);
    expect(theme?.value).toBe('dark blue');
  });

  it('reads bags, Headers and Responses', () => {
    const headers = new Headers();
    for (const line of lines) headers.append('Set-Cookie', line);
    expect(parseSetCookie(headers)).toHaveLength(3);
    expect(parseSetCookie(new Response(null, { headers }))).toHaveLength(3);
    expect(parseSetCookie({ 'set-cookie': lines })).toHaveLength(3);
  });

  it('builds the next Cookie header like a browser jar', () => {
    const header = cookieHeaderFrom(lines, 'wos-auth-verifier-x=old; keep=1');
    expect(header).toBe('keep=1; wos-session=Fe26.2*1*abc~2; theme=dark%20blue');
  });
});
