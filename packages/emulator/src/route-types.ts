import type { RequestContext } from './http.js';
import type { EmulatorState } from './state.js';

/** A route handler: answers the request (or throws an `HttpError`). */
export type Handler = (ctx: RequestContext, state: EmulatorState) => Promise<void> | void;

/** A route: method, path pattern (named groups become `ctx.params`) and whether it needs the API key. */
export interface Route {
  method: string;
  pattern: RegExp;
  access: 'public' | 'api-key' | 'control';
  /** A page a browser opens: errors are HTML for clients that accept it (JSON otherwise). */
  browser?: boolean;
  handler: Handler;
}

/** A route the SDK calls with its API key. */
export const apiRoute = (method: string, pattern: RegExp, handler: Handler): Route => ({
  method,
  pattern,
  access: 'api-key',
  handler,
});
