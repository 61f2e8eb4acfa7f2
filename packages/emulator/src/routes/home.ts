import { type RequestContext, sendHtml, sendJson } from '../http.js';
import { homePage } from '../pages-home.js';
import type { Route } from '../route-types.js';
import type { EmulatorState } from '../state.js';

function home(ctx: RequestContext, state: EmulatorState): void {
  const accept = String(ctx.req.headers.accept ?? '');
  if (!accept.includes('text/html') && accept.includes('application/json')) {
    sendJson(ctx.res, 200, { status: 'ok', clientId: state.clientId, issuer: state.issuer });
    return;
  }
  sendHtml(ctx.res, 200, homePage(state, `http://${ctx.req.headers.host ?? '127.0.0.1'}`));
}

/** `GET /`: an HTML overview of apps, users, organizations, API keys and controls. */
export const homeRoutes: Route[] = [
  { method: 'GET', pattern: /^\/$/, access: 'public', browser: true, handler: home },
];
