import { defaults as ironDefaults, seal as ironSeal } from 'iron-webcrypto';
import {
  base64url,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';
import type { AuthService } from '../service/auth-service.js';
import { type Emulator, startEmulator, TEST_PASSWORD } from '../test-support/emulator-service.js';
import {
  b64,
  corpusBuilder,
  enc,
  type HostileCase,
  hostileCorpusSuite,
  realSession,
  seal,
} from '../test-support/hostile-corpus.js';

let emulator: Emulator;
let realKey: CryptoKey;
let realKid: string;

async function buildCorpus(service: AuthService<Request, Response>): Promise<HostileCase[]> {
  const { cases, addValue } = corpusBuilder();
  const { session } = await realSession(service);
  const claims = JSON.parse(
    new TextDecoder().decode(base64url.decode(session.accessToken.split('.')[1]!)),
  );
  const now = Math.floor(Date.now() / 1000);

  // Forged or unusable JWTs inside a correctly sealed session (dead refresh token, so no rescue).
  const attacker = await generateKeyPair('RS256', { extractable: true });
  const publicPem = await exportSPKI(
    await crypto.subtle.importKey(
      'jwk',
      { ...(await emulatorPublicJwk()) },
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      true,
      ['verify'],
    ),
  );
  const publicJwk = await emulatorPublicJwk();
  // Raw RS256 signing, so that headers jose refuses to produce (crit, b64) can be forged too.
  const sign = async (payload: JWTPayload, key: CryptoKey, header: Record<string, unknown>) => {
    const input = `${b64({ alg: 'RS256', typ: 'JWT', ...header })}.${b64(payload)}`;
    const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, enc.encode(input));
    return `${input}.${base64url.encode(new Uint8Array(signature))}`;
  };
  const hs = async (alg: string, secret: string) => {
    const key = await crypto.subtle.importKey(
      'raw',
      enc.encode(secret),
      { name: 'HMAC', hash: `SHA-${alg.slice(2)}` },
      false,
      ['sign'],
    );
    return new SignJWT(claims).setProtectedHeader({ alg, kid: realKid }).sign(key);
  };
  const [h, p, s] = session.accessToken.split('.') as [string, string, string];
  const forged: Record<string, string | Promise<string>> = {
    'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${p}.`,
    'alg None, kept signature': `${b64({ alg: 'None', kid: realKid })}.${p}.${s}`,
    'alg NONE, no dot': `${b64({ alg: 'NONE' })}.${p}`,
    'HS256 keyed with the public PEM': hs('HS256', publicPem),
    'HS256 keyed with the public JWK': hs('HS256', JSON.stringify(publicJwk)),
    'HS256 keyed with the modulus': hs('HS256', publicJwk.n),
    'HS512 keyed with the public PEM': hs('HS512', publicPem),
    'attacker key, real kid': sign(claims, attacker.privateKey, { kid: realKid }),
    'attacker key, unknown kid': sign(claims, attacker.privateKey, { kid: 'key_attacker' }),
    'attacker key, no kid': sign(claims, attacker.privateKey, {}),
    'attacker key, embedded jwk': sign(claims, attacker.privateKey, {
      jwk: await exportJWK(attacker.publicKey),
    }),
    'attacker key, jku': sign(claims, attacker.privateKey, {
      kid: 'x',
      jku: 'http://127.0.0.1:9/jwks',
    }),
    'real key, wrong issuer': sign({ ...claims, iss: 'https://evil.example.com' }, realKey, {
      kid: realKid,
    }),
    'real key, issuer with slash': sign({ ...claims, iss: `${claims.iss}/` }, realKey, {
      kid: realKid,
    }),
    'real key, issuer of another client': sign(
      { ...claims, iss: `${emulator.url}/user_management/client_other` },
      realKey,
      { kid: realKid },
    ),
    'real key, no issuer': sign({ ...claims, iss: undefined }, realKey, { kid: realKid }),
    'real key, expired an hour ago': sign(
      { ...claims, iat: now - 7200, exp: now - 3600 },
      realKey,
      { kid: realKid },
    ),
    'real key, expired without sid': sign({ ...claims, sid: undefined, exp: now - 3600 }, realKey, {
      kid: realKid,
    }),
    'real key, not valid for an hour': sign({ ...claims, nbf: now + 3600 }, realKey, {
      kid: realKid,
    }),
    'real key, no exp': sign({ ...claims, exp: undefined }, realKey, { kid: realKid }),
    'real key, exp as string': sign(
      { ...claims, exp: String(now + 300) as unknown as number },
      realKey,
      { kid: realKid },
    ),
    'real key, no sid': sign({ ...claims, sid: undefined }, realKey, { kid: realKid }),
    'real key, no sub': sign({ ...claims, sub: undefined }, realKey, { kid: realKid }),
    'real key, unknown crit header': sign(claims, realKey, {
      kid: realKid,
      crit: ['x-unknown'],
      'x-unknown': 1,
    }),
    'real key, b64 false': sign(claims, realKey, { kid: realKid, b64: false, crit: ['b64'] }),
    'payload changed after signing': `${h}.${b64({ ...claims, sub: 'user_attacker' })}.${s}`,
    'header changed after signing': `${b64({ alg: 'RS256', kid: realKid, typ: 'at+jwt' })}.${p}.${s}`,
    'signature from another token': `${h}.${p}.${(await sign(claims, attacker.privateKey, { kid: realKid })).split('.')[2]}`,
    'signature cut short': `${h}.${p}.${s.slice(0, 20)}`,
    'empty signature': `${h}.${p}.`,
    'four parts': `${h}.${p}.${s}.${s}`,
    'header not JSON': `${b64('not json')}.${p}.${s}`,
    'payload not JSON': `${h}.${b64('not json')}.${s}`,
    'payload an array': `${h}.${b64([1, 2])}.${s}`,
    'not base64': `${h}.!!!.${s}`,
    'empty token': '',
    'token of dots': '...',
    '100 KB payload': sign({ ...claims, pad: 'x'.repeat(100_000) }, attacker.privateKey, {
      kid: realKid,
    }),
  };
  for (const [name, token] of Object.entries(forged)) {
    addValue(
      'forged JWT',
      name,
      await seal({ ...session, accessToken: await token, refreshToken: 'refresh_dead' }),
    );
  }
  const forgedNone = await forged['alg none']!;
  const expiredReal = await forged['real key, expired an hour ago']!;
  for (const [name, refresh] of [
    ['empty', ''],
    ['missing', undefined],
    ['number', 7],
    ['null', null],
  ] as const) {
    addValue(
      'no refresh token',
      `forged token, ${name} refresh token`,
      await seal({ ...session, accessToken: forgedNone, refreshToken: refresh }),
    );
    addValue(
      'no refresh token',
      `expired token, ${name} refresh token`,
      await seal({ ...session, accessToken: expiredReal, refreshToken: refresh }),
    );
  }

  // Sealed garbage shapes.
  const shapes: Record<string, unknown> = {
    null: null,
    number: 42,
    string: 'session',
    array: [session],
    empty: {},
    'accessToken number': { ...session, accessToken: 123 },
    'accessToken object': { ...session, accessToken: { a: 1 } },
    'no accessToken, dead refresh': { refreshToken: 'refresh_dead', user: session.user },
    'refreshToken object': { ...session, accessToken: 'x', refreshToken: { a: 1 } },
    'prototype pollution': JSON.parse(
      '{"__proto__":{"polluted":true},"accessToken":"x","refreshToken":"refresh_dead"}',
    ),
    'deep nesting': JSON.parse(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`),
  };
  for (const [name, data] of Object.entries(shapes))
    addValue('sealed shape', name, await seal(data));
  // Sealed "two minutes ago" with a 1 s ttl: past iron's 60 s skew allowance.
  const shortLived = await ironSeal(
    session,
    { id: '1', secret: TEST_PASSWORD },
    { ...ironDefaults, ttl: 1000, localtimeOffsetMsec: -120_000 },
  );
  addValue('sealed shape', 'seal past its ttl', `${shortLived}~2`);

  return cases;
}

async function emulatorPublicJwk(): Promise<JsonWebKey & { n: string; kid: string }> {
  const response = await fetch(`${emulator.url}/sso/jwks/${emulator.clientId}`);
  const { keys } = (await response.json()) as {
    keys: Array<JsonWebKey & { n: string; kid: string }>;
  };
  return keys.find((k) => k.kid === realKid)!;
}

hostileCorpusSuite({
  title: 'hostile session tokens through withAuth (sealed with the right password)',
  label: 'hostile session tokens',
  minimum: 50,
  start: async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    realKey = pair.privateKey;
    emulator = await startEmulator({ signingKey: await exportPKCS8(pair.privateKey) });
    realKid = emulator.kid;
    return emulator;
  },
  build: buildCorpus,
});
