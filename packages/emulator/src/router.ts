import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkControlRequest } from './control-guard.js';
import type { FaultSpec } from './faults.js';
import { HttpError, type RequestContext, readBody, sendHtml, sendJson } from './http.js';
import { ulid } from './ids.js';
import { errorPage } from './pages-home.js';
import type { Route } from './route-types.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { authenticateRoutes } from './routes/authenticate.js';
import { authorizeRoutes } from './routes/authorize.js';
import { controlRoutes } from './routes/controls.js';
import { directoryRoutes } from './routes/directory.js';
import { homeRoutes } from './routes/home.js';
import { invitationRoutes } from './routes/invitations.js';
import { jwksRoutes } from './routes/jwks.js';
import { mfaRoutes } from './routes/mfa.js';
import { sessionRoutes } from './routes/sessions.js';
import { signUpRoutes } from './routes/sign-up.js';
import type { EmulatorState } from './state.js';

const ROUTES: Route[] = [
  ...homeRoutes,
  ...authorizeRoutes,
  ...authenticateRoutes,
  ...jwksRoutes,
  ...sessionRoutes,
  ...signUpRoutes,
  ...directoryRoutes,
  ...mfaRoutes,
  ...apiKeyRoutes,
  ...invitationRoutes,
  ...controlRoutes,
];

/** Cancellable waits, so `stop()` does not hang on an injected delay. */
export class Delays {
  private readonly pending = new Set<() => void>();

  /** Resolves after `ms`, or at once when {@link Delays.cancelAll} runs. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pending.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pending.add(done);
    });
  }

  /** Ends every pending wait. */
  cancelAll(): void {
    for (const done of [...this.pending]) done();
  }
}

function match(method: string, path: string) {
  let pathMatched = false;
  for (const route of ROUTES) {
    const found = route.pattern.exec(path);
    if (!found) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(found.groups ?? {})) {
      try {
        params[key] = decodeURIComponent(value);
      } catch {
        throw new HttpError(400, {
          code: 'invalid_path',
          message: `Malformed path segment '${value}'`,
        });
      }
    }
    return { route, params };
  }
  if (pathMatched)
    throw new HttpError(405, {
      code: 'method_not_allowed',
      message: `${method} ${path} is not allowed`,
    });
  throw new HttpError(404, { code: 'not_found', message: `No route for ${method} ${path}` });
}

function applyFault(fault: FaultSpec, ctx: RequestContext): void {
  if (fault.reset) {
    ctx.req.socket.destroy();
    return;
  }
  const status = fault.status!;
  const headers: Record<string, string> = {};
  const retryAfter = fault.retryAfter === undefined ? 0 : fault.retryAfter;
  if ((status === 429 || status >= 500) && retryAfter !== null)
    headers['retry-after'] = String(retryAfter);
  sendJson(ctx.res, status, fault.body ?? { message: `Injected fault (${status})` }, headers);
}

function checkApiKey(req: IncomingMessage, state: EmulatorState): void {
  if (req.headers.authorization !== `Bearer ${state.apiKey}`) {
    throw new HttpError(401, {
      code: 'unauthorized',
      message: 'Missing or invalid API key (Authorization: Bearer <key>)',
    });
  }
}

/** Handles one request: routing, faults, API-key checks, the call log and JSON errors. */
export async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  state: EmulatorState,
  delays: Delays,
): Promise<void> {
  const requestId = `req_${ulid()}`;
  res.setHeader('x-request-id', requestId);
  const url = new URL(`http://127.0.0.1${req.url?.startsWith('/') ? req.url : '/'}`);
  const method = (req.method ?? 'GET').toUpperCase();
  const ctx: RequestContext = {
    req,
    res,
    method,
    path: url.pathname,
    query: url.searchParams,
    body: {},
    params: {},
    requestId,
  };
  let faulted = false;
  let route: Route | undefined;
  const logged = !ctx.path.startsWith('/__emulator') && ctx.path !== '/health' && ctx.path !== '/';
  if (logged) {
    // A client that gives up (timeout, abort) closes the socket; on Node 20 the response's own
    // 'close' then waits for the handler, so the call is recorded on whichever closes first.
    let recorded = false;
    const recordOnce = () => {
      if (recorded) return;
      recorded = true;
      record(ctx, state, faulted);
    };
    res.once('close', recordOnce);
    req.socket.once('close', recordOnce);
  }
  try {
    const found = match(method, ctx.path);
    route = found.route;
    ctx.params = found.params;
    if (ctx.path.startsWith('/__emulator')) checkControlRequest(req, method);
    if (method !== 'GET' && method !== 'HEAD') ctx.body = await readBody(req);
    const fault = logged ? state.faults.take(method, ctx.path, grantTypeOf(ctx)) : undefined;
    if (fault) {
      faulted = true;
      if (fault.delayMs) await delays.wait(fault.delayMs);
      if (fault.reset || fault.status !== undefined) {
        applyFault(fault, ctx);
        return;
      }
    }
    if (found.route.access === 'api-key') checkApiKey(req, state);
    await found.route.handler(ctx, state);
  } catch (error) {
    if (res.headersSent || res.destroyed) return;
    if (error instanceof HttpError) {
      const browserFacing = route ? route.browser : method === 'GET';
      if (browserFacing && String(req.headers.accept ?? '').includes('text/html')) {
        sendHtml(res, error.status, errorPage(error.status, error.body));
        return;
      }
      sendJson(res, error.status, error.body, error.headers);
      return;
    }
    console.error('[authkit-emulator] internal error', error);
    sendJson(res, 500, { code: 'server_error', message: (error as Error).message });
  }
}

function grantTypeOf(ctx: RequestContext): string | undefined {
  return typeof ctx.body.grant_type === 'string' ? ctx.body.grant_type : undefined;
}

function record(ctx: RequestContext, state: EmulatorState, faulted: boolean): void {
  const organizationId = ctx.body.organization_id;
  state.calls.record({
    method: ctx.method,
    path: ctx.path,
    query: Object.fromEntries(ctx.query),
    status: ctx.res.headersSent ? ctx.res.statusCode : 0,
    grantType: grantTypeOf(ctx),
    organizationId: typeof organizationId === 'string' ? organizationId : undefined,
    sessionId: state.auth.sessionIdForGrant(ctx.body),
    requestId: ctx.requestId,
    faulted,
    at: new Date().toISOString(),
  });
}
