import { ConfigurationError } from '@workos/authkit-session';

let reported = false;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The response for a request that cannot be served because AuthKit's configuration is missing or
 * invalid: a readable 500 page listing each problem (variable names and what is wrong, never a
 * value) in `[data-testid=authkit-configuration-error]`. The problems are logged once per process,
 * not once per request. Server-function calls get the same text as plain text.
 */
export function configurationErrorResponse(error: ConfigurationError, html: boolean): Response {
  if (!reported) {
    reported = true;
    console.error(`[authkit] ${error.message}`);
  }
  const headers = { 'Cache-Control': 'no-store' };
  if (!html) {
    return new Response(error.message, {
      status: 500,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const items = error.problems
    .map((p) => `<li><code>${escapeHtml(p.envVar)}</code>: ${escapeHtml(p.message)}</li>`)
    .join('');
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>AuthKit is not configured</title></head><body><main data-testid="authkit-configuration-error"><h1>AuthKit is not configured</h1><p>Set these environment variables (or pass the keys to <code>configure()</code>), then restart the server:</p><ul>${items}</ul></main></body></html>`;
  return new Response(page, {
    status: 500,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** True for the core's configuration error (also when it comes from another copy of the core). */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return (
    error instanceof ConfigurationError ||
    (error instanceof Error &&
      (error as { code?: unknown }).code === 'configuration_error' &&
      Array.isArray((error as { problems?: unknown }).problems))
  );
}
