#!/usr/bin/env node
// Fails the build when server-only code reached the browser bundle (dist/client): the session
// engine, its crypto and JWT libraries, the WorkOS Node SDK, or the names of secret env vars.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

/** Strings that only server code contains. */
export const serverOnlyMarkers = [
  'WORKOS_COOKIE_PASSWORD',
  'WORKOS_API_KEY',
  'Fe26.2', // iron seal format (iron-webcrypto)
  'createRemoteJWKSet', // jose
  'jwtVerify', // jose
  'JWKSNoMatchingKey', // jose errors
  'user_management/authenticate', // @workos-inc/node
  'authenticateWithRefreshToken', // @workos-inc/node
  'wos-auth-verifier', // PKCE verifier cookie (core)
  'refreshSession(', // core service
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every marker found in the client build, with the file it was found in. */
export function findLeaks(dir = clientDir) {
  const leaks = [];
  for (const file of files(dir).filter((f) => /\.(m?js|css|html|json)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const marker of serverOnlyMarkers) {
      if (text.includes(marker)) leaks.push({ file: relative(dir, file), marker });
    }
  }
  return leaks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const leaks = findLeaks();
  if (leaks.length > 0) {
    for (const { file, marker } of leaks) console.error(`server-only code in ${file}: "${marker}"`);
    process.exit(1);
  }
  console.log(
    `client bundle clean: no server-only markers in ${relative(process.cwd(), clientDir)}`,
  );
}
