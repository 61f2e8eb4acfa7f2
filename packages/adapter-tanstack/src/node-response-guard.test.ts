import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { keepRepeatedHeaders, writeHeadKeepsRepeatedHeaders } from './node-response-guard.js';

// A real Node server writing a response the way srvx does (writeHead with a flat header array)
// after another middleware set a header, as Vite's dev server does for document requests. The
// loss itself happens on Node 20 only; the Playwright dev-server spec runs it there.
async function respond(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Response> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
  } finally {
    server.close();
  }
}

function asRequestWith(res: ServerResponse): Request {
  return Object.assign(new Request('http://app.test/'), { runtime: { node: { res } } });
}

describe('keepRepeatedHeaders', () => {
  it('keeps every Set-Cookie line when another header is already pending', async () => {
    const response = await respond((_req, res) => {
      keepRepeatedHeaders(asRequestWith(res));
      res.appendHeader('Vary', 'Sec-Fetch-Dest');
      res.writeHead(307, 'Temporary Redirect', [
        'location',
        '/account',
        'set-cookie',
        'wos-session=sealed; Path=/',
        'set-cookie',
        'wos-auth-verifier-x=; Max-Age=0',
      ]);
      res.end();
    });
    expect(response.status).toBe(307);
    expect(response.headers.getSetCookie()).toEqual([
      'wos-session=sealed; Path=/',
      'wos-auth-verifier-x=; Max-Age=0',
    ]);
  });

  it('leaves other writes alone and installs itself once per response', async () => {
    const response = await respond((_req, res) => {
      const request = asRequestWith(res);
      keepRepeatedHeaders(request);
      const guarded = res.writeHead;
      keepRepeatedHeaders(request);
      expect(res.writeHead).toBe(guarded);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    expect(await response.text()).toBe('ok');
    expect(response.headers.get('content-type')).toBe('text/plain');
  });

  it('is installed on Node before 22 only, where writeHead drops repeated headers', async () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(writeHeadKeepsRepeatedHeaders).toBe(major >= 22);
    await respond((_req, res) => {
      const original = res.writeHead;
      keepRepeatedHeaders(asRequestWith(res));
      expect(res.writeHead === original).toBe(major >= 22);
      res.end();
    });
  });

  it('does nothing for requests without a Node response', () => {
    expect(() => keepRepeatedHeaders(new Request('http://app.test/'))).not.toThrow();
  });
});
