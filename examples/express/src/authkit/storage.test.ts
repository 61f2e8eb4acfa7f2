import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveConfig } from '@workos/authkit-session/adapter';
import express, { type RequestHandler } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { applyHeaderBag, ExpressSessionStorage } from './storage.js';

const config = resolveConfig(
  {
    clientId: 'client_test',
    apiKey: 'sk_test',
    redirectUri: 'http://localhost:3003/callback',
    cookiePassword: 'a-test-cookie-password-of-at-least-32-chars',
  },
  () => undefined,
);
const storage = new ExpressSessionStorage(config);

let close: (() => void) | undefined;
afterEach(() => close?.());

/** Serves `handler` on a free port and returns the raw response header lines and body. */
async function call(handler: RequestHandler, cookie?: string) {
  const app = express().get('/', handler);
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  close = () => server.close();
  const { port } = server.address() as AddressInfo;
  return new Promise<{ raw: string[]; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { port, host: '127.0.0.1', headers: cookie ? { cookie } : {} },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ raw: res.rawHeaders, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const headerLines = (raw: string[], name: string) =>
  raw.filter((_, i) => i % 2 === 1 && raw[i - 1]!.toLowerCase() === name);

describe('applyHeaderBag', () => {
  it('sends each Set-Cookie entry as its own header line and sets the other headers', async () => {
    const { raw } = await call((_req, res) => {
      res.append('Set-Cookie', 'earlier=1');
      applyHeaderBag(res, {
        'Set-Cookie': ['a=1; Path=/', 'b=2; Path=/'],
        'Cache-Control': 'no-store',
      });
      applyHeaderBag(res, { 'set-cookie': 'c=3' });
      res.end();
    });
    expect(headerLines(raw, 'set-cookie')).toEqual([
      'earlier=1',
      'a=1; Path=/',
      'b=2; Path=/',
      'c=3',
    ]);
    expect(headerLines(raw, 'cache-control')).toEqual(['no-store']);
  });
});

describe('ExpressSessionStorage', () => {
  it('reads a URL-decoded cookie from the Cookie header, or null', async () => {
    const { body } = await call(async (req, res) => {
      const values = await Promise.all([
        storage.getCookie(req, 'wos-session'),
        storage.getCookie(req, 'other'),
        storage.getCookie(req, 'absent'),
      ]);
      res.json(values);
    }, 'other=x; wos-session=Fe26.2*a%2Bb*c~2');
    expect(JSON.parse(body)).toEqual(['Fe26.2*a+b*c~2', 'x', null]);
  });

  it('writes through the response it is given, once, and reports it back', async () => {
    const { raw } = await call(async (_req, res) => {
      const result = await storage.saveSession(res, 'sealed-value');
      expect(result.response).toBe(res);
      res.end();
    });
    const lines = headerLines(raw, 'set-cookie');
    expect(lines.filter((line) => line.startsWith('wos-session='))).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^wos-session=sealed-value; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect(headerLines(raw, 'cache-control')).toEqual(['no-store']);
  });

  it('leaves the response alone when given none, returning the header bag instead', async () => {
    const result = await storage.clearSession(undefined);
    expect(result.response).toBeUndefined();
    expect(result.headers?.['Set-Cookie']).toContainEqual(expect.stringMatching(/^wos-session=; /));
  });
});
