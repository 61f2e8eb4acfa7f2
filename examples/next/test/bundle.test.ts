import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const chunksDir = fileURLToPath(new URL('../.next/static/chunks/', import.meta.url));
const browserCode = readdirSync(chunksDir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js'))
  .map((name) => readFileSync(`${chunksDir}${name}`, 'utf8'))
  .join('\n');

describe('the browser bundle of the built example', () => {
  it('holds no server code: no sealing, no token verification, no WorkOS SDK, no cookie password', () => {
    for (const marker of [
      'Fe26.2',
      'iron-webcrypto',
      'jwtVerify',
      'createRemoteJWKSet',
      'WORKOS_COOKIE_PASSWORD',
      'WORKOS_API_KEY',
      'api.workos.com',
    ]) {
      expect(browserCode.includes(marker), marker).toBe(false);
    }
  });

  it("reaches the adapter's server actions through server references only", () => {
    expect(browserCode).toMatch(/createServerReference\)\("[0-9a-f]+",[^)]*"getAuthAction"\)/);
  });
});
