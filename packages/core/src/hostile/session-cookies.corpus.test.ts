import fc from 'fast-check';
import { sealData as ironSessionSeal } from 'iron-session';
import { defaults as ironDefaults, seal as ironSeal } from 'iron-webcrypto';
import { CompactEncrypt } from 'jose';
import { expect } from 'vitest';
import { planChunkedWrite } from '../cookies/chunking.js';
import type { AuthService } from '../service/auth-service.js';
import { startEmulator } from '../test-support/emulator-service.js';
import {
  b64,
  corpusBuilder,
  enc,
  type HostileCase,
  hostileCorpusSuite,
  realSession,
  seal,
} from '../test-support/hostile-corpus.js';

const OTHER_PASSWORDS = Array.from(
  { length: 6 },
  (_, i) => `another-apps-cookie-password-number-${i}-xx`,
);

async function buildCorpus(service: AuthService<Request, Response>): Promise<HostileCase[]> {
  const { cases, add, addValue } = corpusBuilder();
  const { realSeal, session } = await realSession(service);

  // Truncated seals: every 1/40th of the way, plus the field boundaries.
  for (let i = 1; i <= 40; i++)
    addValue(
      'truncated',
      `cut at ${i}/40`,
      realSeal.slice(0, Math.floor((realSeal.length * i) / 41)),
    );
  realSeal.split('*').forEach((_, i, parts) => {
    if (i > 0) addValue('truncated', `first ${i} fields`, parts.slice(0, i).join('*'));
  });

  // One character changed, at 30 spread positions (MAC, salts, IV, ciphertext, expiry).
  for (let i = 0; i < 30; i++) {
    const at = Math.floor(((realSeal.length - 1) * i) / 29);
    const swapped = realSeal[at] === 'A' ? 'B' : realSeal[at] === '*' ? '-' : 'A';
    addValue(
      'tampered',
      `char ${at} changed`,
      `${realSeal.slice(0, at)}${swapped}${realSeal.slice(at + 1)}`,
    );
  }

  // Re-encoded.
  const reencoded: Record<string, string> = {
    base64: btoa(realSeal),
    'base64url of base64': b64(btoa(realSeal)),
    uppercased: realSeal.toUpperCase(),
    lowercased: realSeal.toLowerCase(),
    reversed: [...realSeal].reverse().join(''),
    'double percent-encoded stars': realSeal.replaceAll('*', '%252A'),
    'stars as dots': realSeal.replaceAll('*', '.'),
    'Fe26.1 prefix': realSeal.replace('Fe26.2', 'Fe26.1'),
    'Fe26.3 prefix': realSeal.replace('Fe26.2', 'Fe26.3'),
    'version ~3': realSeal.replace(/~2$/, '~3'),
    'version ~x': realSeal.replace(/~2$/, '~x'),
    'version ~1': realSeal.replace(/~2$/, '~1'),
    'double version': `${realSeal}~2`,
    'JSON string': JSON.stringify(realSeal).replaceAll('"', '%22'),
    'percent-encoded spaces inside': realSeal.replace('*', '%20*%20'),
    'NUL inside': realSeal.replace('*', '%00*'),
    'seal twice': `${realSeal}${realSeal}`,
    'hex of seal': [...enc.encode(realSeal.slice(0, 500))].map((b) => b.toString(16)).join(''),
  };
  for (const [name, value] of Object.entries(reencoded)) addValue('re-encoded', name, value);

  // Oversized values and headers.
  addValue('oversized', '16 KB of A after the prefix', `Fe26.2*1*${'A'.repeat(16_000)}`);
  addValue('oversized', '256 KB of junk', 'x'.repeat(256_000));
  addValue('oversized', '1 MB seal-shaped', `Fe26.2*1*${'a*'.repeat(500_000)}`);
  addValue('oversized', '10 000 stars', '*'.repeat(10_000));
  add(
    'oversized',
    '2 000 other cookies then junk',
    `${Array.from({ length: 2000 }, (_, i) => `c${i}=${i}`).join('; ')}; wos-session=junk`,
  );
  addValue('oversized', 'seal 20 times', realSeal.repeat(20));
  addValue('oversized', 'huge version suffix', `${realSeal.slice(0, -2)}~${'9'.repeat(5000)}`);
  addValue('oversized', '100 000 percent escapes', '%41'.repeat(100_000));

  // Chunk games with two large real-key sessions.
  const big = (tag: string) => ({
    ...session,
    user: { ...(session.user as object), blob: tag.repeat(5000) },
  });
  const [sealA, sealB] = await Promise.all([seal(big('a')), seal(big('b'))]);
  const chunksA = planChunkedWrite('wos-session', sealA).set;
  const chunksB = planChunkedWrite('wos-session', sealB).set;
  const header = (chunks: Array<{ name: string; value: string }>) =>
    chunks.map((c) => `${c.name}=${c.value}`).join('; ');
  expect(chunksA.length).toBeGreaterThanOrEqual(3);
  add('chunks', 'A.0 with B.1..', header([chunksA[0]!, ...chunksB.slice(1)]));
  add('chunks', 'B.0 with A.1..', header([chunksB[0]!, ...chunksA.slice(1)]));
  add(
    'chunks',
    'A with B.1 swapped in',
    header(chunksA.map((c, i) => (i === 1 ? chunksB[1]! : c))),
  );
  add('chunks', 'last chunk from B', header([...chunksA.slice(0, -1), chunksB.at(-1)!]));
  add(
    'chunks',
    'chunks reversed',
    header(chunksA.map((c, i) => ({ name: c.name, value: chunksA.at(-1 - i)!.value }))),
  );
  for (let drop = 1; drop < chunksA.length; drop++)
    add('chunks', `chunk ${drop} missing`, header(chunksA.filter((_, i) => i !== drop)));
  const tail = chunksA[0]!.value.replace(/^\d+:/, '');
  for (const count of ['0', '1', '9', '99', '-1', 'x', '', '02', '1e1']) {
    add(
      'chunks',
      `count header "${count}"`,
      header([{ name: 'wos-session.0', value: `${count}:${tail}` }, ...chunksA.slice(1)]),
    );
  }
  add(
    'chunks',
    'chunk 0 without a count',
    header([{ name: 'wos-session.0', value: tail }, ...chunksA.slice(1)]),
  );
  add('chunks', 'only chunk 0', header([chunksA[0]!]));
  add(
    'chunks',
    'each chunk truncated',
    header(chunksA.map((c) => ({ name: c.name, value: c.value.slice(0, 100) }))),
  );
  add('chunks', 'plain junk beside valid chunks', `wos-session=junk; ${header(chunksA)}`);
  add(
    'chunks',
    'chunk names with a gap',
    header(chunksA.map((c, i) => ({ name: `wos-session.${i * 2}`, value: c.value }))),
  );

  // Sealed with a password the app does not have, or a password id it does not use.
  for (const [i, password] of OTHER_PASSWORDS.entries())
    addValue('wrong password', `password ${i}`, await seal(session, password));
  const rawIron = (id: string, secret: string) =>
    ironSeal(session, { id, secret }, ironDefaults).then((s) => `${s}~2`);
  addValue(
    'wrong password',
    'password id 1, other secret',
    await rawIron('1', OTHER_PASSWORDS[0]!),
  );
  addValue(
    'wrong password',
    'no password id, other secret',
    await rawIron('', OTHER_PASSWORDS[1]!),
  );

  // Foreign formats.
  addValue(
    'foreign',
    'iron-session seal, other password',
    await ironSessionSeal(session, { password: OTHER_PASSWORDS[2]! }),
  );
  addValue('foreign', 'the access token itself', session.accessToken);
  addValue('foreign', 'the refresh token itself', session.refreshToken);
  const jwe = await new CompactEncrypt(enc.encode(JSON.stringify(session)))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .encrypt(crypto.getRandomValues(new Uint8Array(32)));
  addValue('foreign', 'JWE', jwe);
  for (const value of [
    'null',
    'undefined',
    '{}',
    '[]',
    'true',
    '0',
    'Fe26.2',
    'Fe26.2*',
    'Fe26.2**********',
  ]) {
    addValue('foreign', `literal ${value}`, encodeURIComponent(value));
  }
  addValue('foreign', 'JSON session in clear', encodeURIComponent(JSON.stringify(session)));

  // Odd encodings of the cookie value (all legal header bytes).
  const odd = [
    '%',
    '%ZZ',
    '%C0%AF',
    '%00',
    '%FF%FE',
    '%F0%9F%98%80',
    '\u00e9\u00e8\u00ff',
    '\u00ff'.repeat(2000),
    '"',
    '"unterminated',
    '=',
    '==',
    '\\',
    '\\"',
    'Fe26.2%2A1%2A',
    '%2e%2e%2f',
    '%0D%0ASet-Cookie:%20x=1',
    '+',
    'a b c',
    '\u0080\u0081',
  ];
  for (const value of odd) addValue('odd encoding', JSON.stringify(value).slice(0, 40), value);
  add(
    'odd encoding',
    'garbage first, real seal second',
    `wos-session=junk; wos-session=${realSeal}`,
  );
  add('odd encoding', 'no spaces, many semicolons', `;;;;wos-session=junk;;;;`);
  add('odd encoding', 'garbage first among many names', `a=1;wos-session=%%%;wos-session.0=2:x`);

  // Generated junk, seeded so the corpus is the same on every run.
  const junk = fc.oneof(
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 400 }),
    fc.string({
      unit: fc.constantFrom(...'Fe26.2*~_-0123456789abcdefABCDEF'),
      minLength: 1,
      maxLength: 600,
    }),
    fc
      .array(fc.base64String({ minLength: 4, maxLength: 80 }), { minLength: 2, maxLength: 8 })
      .map((p) => `Fe26.2*${p.join('*')}~2`),
  );
  for (const [i, value] of fc.sample(junk, { numRuns: 60, seed: 8 }).entries()) {
    if (value.trim() && !/[;]/.test(value))
      addValue('generated', `#${i}`, encodeURIComponent(value));
  }
  return cases;
}

hostileCorpusSuite({
  title: 'hostile session cookies through withAuth (seal level)',
  label: 'hostile session cookies',
  minimum: 200,
  start: () => startEmulator(),
  build: buildCorpus,
});
