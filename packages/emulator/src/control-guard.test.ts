import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

/** A raw request, so the test controls the Host header as a DNS-rebinding page would. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: emulator.port, method, path, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const fault = JSON.stringify({ path: '/user_management/authenticate', status: 503, times: 5 });

describe('control routes refuse what a browser on another site can send', () => {
  it('refuses a cross-origin text/plain or form post, and arms nothing', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await raw('POST', '/__emulator/faults', { 'content-type': type }, fault);
      expect(response.status).toBe(415);
      expect(JSON.parse(response.body)).toMatchObject({ code: 'unsupported_media_type' });
    }
    expect(await raw('POST', '/__emulator/sign-in', {}, '')).toMatchObject({ status: 415 });
    const pending = await raw('GET', '/__emulator/faults', { host: `127.0.0.1:${emulator.port}` });
    expect(JSON.parse(pending.body)).toEqual({ data: [] });
  });

  it('refuses a non-loopback Host (DNS rebinding), for reads and writes', async () => {
    const evil = { host: `attacker.example:${emulator.port}`, 'content-type': 'application/json' };
    const write = await raw(
      'POST',
      '/__emulator/sign-in',
      evil,
      JSON.stringify({ user: 'alice@example.com' }),
    );
    expect(write.status).toBe(403);
    expect(write.body).not.toContain('access_token');
    expect(emulator.sessions()).toHaveLength(0);
    expect((await raw('GET', '/__emulator/sessions', evil)).status).toBe(403);
    expect(
      (await raw('GET', '/__emulator', { host: `127.0.0.1.attacker.example:${emulator.port}` }))
        .status,
    ).toBe(403);
  });

  it('accepts JSON from loopback hosts', async () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]', `localhost:${emulator.port}`]) {
      const response = await raw(
        'POST',
        '/__emulator/faults',
        { host, 'content-type': 'application/json; charset=utf-8' },
        fault,
      );
      expect(response.status).toBe(200);
    }
    expect((await raw('GET', '/__emulator/faults', { host: 'localhost' })).status).toBe(200);
  });

  it('leaves the WorkOS API and the hosted page reachable under any Host', async () => {
    const response = await raw('GET', `/sso/jwks/${emulator.clientId}`, {
      host: 'emulator.internal',
    });
    expect(response.status).toBe(200);
  });
});
