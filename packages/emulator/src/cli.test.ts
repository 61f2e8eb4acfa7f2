import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startCli(
  args: string[],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /url: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`CLI exited (${code}) before listening:\n${output}`)),
    );
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('authkit-emulator CLI', () => {
  it('starts on port 0, says it is for development, answers /health and stops on SIGTERM', async () => {
    const { child, url, output } = await startCli(['--port', '0']);
    expect(output()).toMatch(/FOR LOCAL DEVELOPMENT AND TESTS ONLY/);
    expect(output()).toMatch(/WORKOS_API_PORT=\d+/);
    const health = await fetch(`${url}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    await fetch(`${url}/sso/jwks/client_emulator`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output()).toMatch(/GET \/sso\/jwks\/client_emulator → 200/);
    child.kill('SIGTERM');
    expect(await exitCode(child)).toBe(0);
  });

  it('honours --seed, --signing-key, --access-token-ttl, --issuer and --auto-login', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'authkit-emulator-'));
    const seedFile = join(dir, 'seed.json');
    writeFileSync(
      seedFile,
      JSON.stringify({ users: [{ id: 'user_cli', email: 'cli@example.com' }] }),
    );
    const keyFile = join(dir, 'key.pem');
    writeFileSync(
      keyFile,
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
        type: 'pkcs8',
        format: 'pem',
      }),
    );
    const args = [
      '--port',
      '0',
      '--seed',
      seedFile,
      '--signing-key',
      keyFile,
      '--access-token-ttl',
      '5',
      '--issuer',
      'https://api.workos.com/user_management/client_emulator',
      '--auto-login',
    ];
    const first = await startCli(args);
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: 'client_emulator',
      redirect_uri: 'http://localhost:3000/callback',
    });
    const authorize = await fetch(`${first.url}/user_management/authorize?${query}`, {
      redirect: 'manual',
    });
    const code = new URL(authorize.headers.get('location')!).searchParams.get('code')!;
    const token = await fetch(`${first.url}/user_management/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        client_id: 'client_emulator',
        client_secret: 'sk_test_emulator',
        code,
      }),
    });
    const body = await token.json();
    expect(body.user.email).toBe('cli@example.com');
    const claims = decodeJwt(body.access_token);
    expect(claims.iss).toBe('https://api.workos.com/user_management/client_emulator');
    expect([5, 6]).toContain(claims.exp! - claims.iat!);
    const jwks = await (await fetch(`${first.url}/sso/jwks/client_emulator`)).json();
    first.child.kill('SIGTERM');
    await exitCode(first.child);
    const second = await startCli(args);
    expect(await (await fetch(`${second.url}/sso/jwks/client_emulator`)).json()).toEqual(jwks);
    second.child.kill('SIGTERM');
  });

  it('exits with usage on a bad flag', async () => {
    const child = spawn(process.execPath, [CLI, '--nope'], { stdio: 'ignore' });
    children.push(child);
    expect(await exitCode(child)).toBe(2);
  });

  it('parses flags into options', () => {
    const { options } = parseCliArgs([
      '--port',
      '4500',
      '--auto-login',
      'bob@example.com',
      '--allow-redirect-host',
      'app.test',
    ]);
    expect(options).toMatchObject({
      port: 4500,
      autoLogin: 'bob@example.com',
      allowedRedirectHosts: ['localhost', '127.0.0.1', 'app.test'],
    });
    expect(parseCliArgs(['--auto-login']).options.autoLogin).toBe(true);
    expect(parseCliArgs([]).options.port).toBe(4400);
    expect(() => parseCliArgs(['--access-token-ttl', 'soon'])).toThrow(/access-token-ttl/);
  });
});
