import { randomBytes } from 'node:crypto';
import { sign } from 'hono/jwt';
import { forkServers, type HttpRun, interleavedLoad, type LoadPlan } from '../http-load.js';

/** The Hono reference scenario's figures: the three apps' runs, in the same rounds. */
export interface HonoJwtStats extends LoadPlan {
  runs: { withAuth: HttpRun[]; plain: HttpRun[]; jwt: HttpRun[] };
}

/** Options of the Hono reference scenario. */
export interface HonoJwtOptions {
  env: Record<string, string>;
  cookieHeader: string;
  fixedAuth: { user: { id: string; email: string } } & Record<string, unknown>;
  plan: LoadPlan;
}

/**
 * Scenario 4j: the Hono example's `/api/me` (as scenario 4) and its twin without auth, against a
 * third Hono app that keeps the session as a stateless HS256 JWT cookie checked by `hono/jwt`
 * on every request (signature and `exp`; the way `@hono/auth-js`-style JWT sessions work,
 * without a revocable WorkOS session behind it). Same JSON from all three; reported, no target.
 */
export async function honoJwtReference(options: HonoJwtOptions): Promise<HonoJwtStats> {
  const secret = randomBytes(32).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const { user, organizationId, role, permissions } = options.fixedAuth;
  const token = await sign(
    {
      sub: user.id,
      email: user.email,
      org_id: organizationId,
      role,
      permissions,
      iat: now,
      exp: now + 3600,
    },
    secret,
    'HS256',
  );
  const { ports, stop, cpu } = await forkServers(['hono-jwt'], {
    ...options.env,
    BENCH_FIXED_AUTH: JSON.stringify(options.fixedAuth),
    BENCH_JWT_SECRET: secret,
  });
  try {
    const target = (name: string, cookie: string) => ({
      name,
      url: `http://127.0.0.1:${ports[name]}/api/me`,
      cookie,
      cpu,
    });
    const runs = await interleavedLoad(
      [
        target('withAuth', options.cookieHeader),
        target('plain', options.cookieHeader),
        target('jwt', `bench-jwt=${token}`),
      ],
      options.plan,
    );
    return {
      ...options.plan,
      runs: { withAuth: runs.withAuth ?? [], plain: runs.plain ?? [], jwt: runs.jwt ?? [] },
    };
  } finally {
    await stop();
  }
}
