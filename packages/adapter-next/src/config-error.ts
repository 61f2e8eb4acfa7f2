import { ConfigurationError } from '@workos/authkit-session';
import { isApiRequest } from '@workos/authkit-session/adapter';

const reported = new Set<string>();

/**
 * What a request gets while AuthKit is misconfigured (a `ConfigurationError`): the problem is
 * logged once per distinct message (not once per request), and the browser gets a short 500 page
 * (JSON for API requests) that names the fix outside production and never shows a stack trace.
 */
export function configurationErrorResponse(request: Request, error: ConfigurationError): Response {
  if (!reported.has(error.message)) {
    reported.add(error.message);
    console.error(`[authkit] ${error.message}`);
  }
  const detail =
    process.env.NODE_ENV === 'production'
      ? 'The server log says which setting to fix.'
      : error.message;
  const headers = { 'Cache-Control': 'no-store' };
  if (isApiRequest(request, [])) {
    return Response.json(
      { error: 'authkit_misconfigured', message: detail },
      { status: 500, headers },
    );
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Sign-in is not configured</title></head><body><h1>Sign-in is not configured</h1><p data-testid="authkit-configuration-error">${escapeHtml(detail)}</p></body></html>`;
  return new Response(html, {
    status: 500,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** True for the core's `ConfigurationError` (the app's settings, not the request, are wrong). */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
