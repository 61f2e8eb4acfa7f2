import { base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionEncryption } from '../crypto/session-encryption.js';
import { AuthKitError } from '../errors.js';
import type { AuthService } from '../service/auth-service.js';
import { type Emulator, emulatorService, TEST_PASSWORD } from './emulator-service.js';
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

/** A hostile corpus file: its describe title, log label, minimum size, emulator and corpus. */
export interface HostileSuite {
  title: string;
  label: string;
  minimum: number;
  /** Starts the file's emulator (stopped after its tests). */
  start(): Promise<Emulator>;
  /** Builds the corpus with a service on that emulator. */
  build(service: AuthService<Request, Response>): Promise<HostileCase[]>;
}

/**
 * Runs a hostile corpus file: builds the corpus against its emulator (a service recording every
 * `onError`), then tests that it holds at least `minimum` cases and that every case signs out with
 * a cookie clear (never an exception), each error an `AuthKitError`.
 */
export function hostileCorpusSuite(suite: HostileSuite): void {
  const { title, label, minimum } = suite;
  let emulator: Emulator | undefined;
  let service: AuthService<Request, Response>;
  const corpus: HostileCase[] = [];
  const errorsSeen: unknown[] = [];

  beforeAll(async () => {
    emulator = await suite.start();
    service = emulatorService(emulator, { onError: (error) => errorsSeen.push(error) });
    corpus.push(...(await suite.build(service)));
  }, 60_000);

  afterAll(async () => {
    await emulator?.stop();
  });

  describe(title, () => {
    it(`builds a corpus of at least ${minimum} cases`, () => {
      const counts = countsByCategory(corpus);
      console.log(`${label}: ${corpus.length} cases (${counts})`);
      expect(corpus.length).toBeGreaterThanOrEqual(minimum);
    });

    it('signs every case out with a cookie clear, never an exception', async () => {
      const cases = corpus;
      const failures = await runHostileCases(service, cases);
      console.log(
        `${label}: ${cases.length - failures.length}/${cases.length} signed out with a cookie clear`,
      );
      expect(failures).toEqual([]);
      expect(errorsSeen.length).toBeGreaterThan(0);
      expect(errorsSeen.every((e) => e instanceof AuthKitError)).toBe(true);
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
