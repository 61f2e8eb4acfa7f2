import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * The test controls mint tokens and rewrite state, so only local tools may reach them: the `Host`
 * must be a loopback name (a DNS-rebinding page reaches us under its own host name), and every
 * request that changes state must be `application/json` (which a cross-site form or `no-cors`
 * fetch cannot send without a CORS preflight the emulator never grants).
 */
export function checkControlRequest(req: IncomingMessage, method: string): void {
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) {
    throw new HttpError(403, {
      code: 'forbidden_host',
      message: `Test controls answer only loopback hosts (localhost, 127.0.0.1, [::1]), not '${host}'`,
    });
  }
  if (method === 'GET' || method === 'HEAD') return;
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, {
      code: 'unsupported_media_type',
      message: 'Test controls that change state need Content-Type: application/json',
    });
  }
}
