import type { IncomingMessage, ServerResponse } from 'node:http';

/** A parsed request handed to route handlers. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  params: Record<string, string>;
  requestId: string;
}

/** An error answered as JSON with its status (OAuth shape or WorkOS `{message, code}` shape). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.error_description ?? body.message ?? body.error ?? status));
  }
}

/** An OAuth-shaped 400 (`{error, error_description}`) that the SDK turns into `OauthException`. */
export function oauthError(error: string, description: string, status = 400): HttpError {
  return new HttpError(status, { error, error_description: description });
}

/** A WorkOS-shaped error (`{message, code}`), e.g. a 404 the SDK turns into `NotFoundException`. */
export function apiError(status: number, code: string, message: string): HttpError {
  return new HttpError(status, { code, message });
}

/** Sends a JSON body with `Content-Type: application/json`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Sends an HTML page. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
  });
  res.end(html);
}

/** Sends a 302 redirect. */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'content-length': 0, 'cache-control': 'no-store' });
  res.end();
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a JSON or form-encoded body into a plain object; an empty body gives `{}`. */
export async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw oauthError('invalid_request', 'Request body too large', 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // fall through to the error below
  }
  throw oauthError('invalid_request', 'The request body must be a JSON object');
}

/** A body or query field as a non-empty string, or undefined. */
export function stringField(source: Record<string, unknown>, key: string): string | undefined {
  const value = source[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
