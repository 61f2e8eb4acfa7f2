import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { sessionEncryption } from '../crypto/session-encryption.js';
import { AuthKitError } from '../errors.js';
import type { AuthService } from '../service/auth-service.js';
import { TEST_PASSWORD } from './emulator-service.js';
import { requestWithCookies } from './fetch-storage.js';
import { signIn } from './sign-in.js';

/** One hostile session cookie header for the corpus tests. */
export interface HostileCase {
  category: string;
  name: string;
  cookie: string;
}

/** "category count, …" for the corpus size line the tests print. */
export function countsByCategory(cases: HostileCase[]): string {
  const perCategory = new Map<string, number>();
  for (const c of cases) perCategory.set(c.category, (perCategory.get(c.category) ?? 0) + 1);
  return [...perCategory].map(([k, v]) => `${k} ${v}`).join(', ');
}

/**
 * Sends every case through `withAuth` and lists the ones that did not end signed out with a
 * session-cookie clear (signed in, no clear, or an exception).
 */
export async function runHostileCases(
  service: AuthService<Request, Response>,
  cases: HostileCase[],
): Promise<string[]> {
  const failures: string[] = [];
  for (const hostile of cases) {
    const label = `${hostile.category} / ${hostile.name}`;
    try {
      const request = requestWithCookies('http://localhost:3000/account', hostile.cookie);
      const { auth, headers } = await service.withAuth(request);
      const lines = [headers?.['Set-Cookie'] ?? []].flat();
      const cleared = lines.some((l) => /^wos-session(\.\d+)?=;/.test(l) && /Max-Age=0/.test(l));
      if (auth.user !== null) failures.push(`${label}: signed IN`);
      else if (!cleared) failures.push(`${label}: no cookie clear (reason ${auth.reason})`);
    } catch (error) {
      failures.push(`${label}: threw ${(error as Error).name}: ${(error as Error).message}`);
    }
  }
  return failures;
}

/** What a hostile corpus file has built by the time its tests run (in its `beforeAll`). */
export interface HostileRun {
  service: AuthService<Request, Response>;
  corpus: HostileCase[];
  /** What the service's `onError` saw. */
  errorsSeen: unknown[];
}

/**
 * The two tests of a hostile corpus file: the corpus holds at least `minimum` cases, and every
 * case signs out with a cookie clear (never an exception), each error an `AuthKitError`.
 */
export function describeHostileCorpus(
  title: string,
  label: string,
  minimum: number,
  run: HostileRun,
): void {
  describe(title, () => {
    it(`builds a corpus of at least ${minimum} cases`, () => {
      const counts = countsByCategory(run.corpus);
      console.log(`${label}: ${run.corpus.length} cases (${counts})`);
      expect(run.corpus.length).toBeGreaterThanOrEqual(minimum);
    });

    it('signs every case out with a cookie clear, never an exception', async () => {
      const cases = run.corpus;
      const failures = await runHostileCases(run.service, cases);
      console.log(
        `${label}: ${cases.length - failures.length}/${cases.length} signed out with a cookie clear`,
      );
      expect(failures).toEqual([]);
      expect(run.errorsSeen.length).toBeGreaterThan(0);
      expect(run.errorsSeen.every((e) => e instanceof AuthKitError)).toBe(true);
    }, 120_000);
  });
}

/** A corpus under construction: `add` a whole `Cookie` header, `addValue` a `wos-session` value. */
export function corpusBuilder() {
  const cases: HostileCase[] = [];
  const add = (category: string, name: string, cookie: string) =>
    cases.push({ category, name, cookie });
  const addValue = (category: string, name: string, value: string) =>
    add(category, name, `wos-session=${value}`);
  return { cases, add, addValue };
}

/** A real signed-in session to mutate: its sealed cookie value and what it holds. */
export async function realSession(service: AuthService<Request, Response>) {
  const { cookieHeader } = await signIn(service);
  const realSeal = /wos-session=([^;]+)/.exec(cookieHeader)![1]!;
  const session = (await sessionEncryption.unsealData(realSeal, { password: TEST_PASSWORD })) as {
    accessToken: string;
    refreshToken: string;
    user: unknown;
  };
  return { realSeal, session };
}

export const enc = new TextEncoder();
/** base64url of a string, or of a value's JSON. */
export const b64 = (value: unknown) =>
  base64url.encode(typeof value === 'string' ? value : JSON.stringify(value));
/** Seals data as a session cookie value (with the test password unless another is given). */
export const seal = (data: unknown, password = TEST_PASSWORD) =>
  sessionEncryption.sealData(data, { password });
