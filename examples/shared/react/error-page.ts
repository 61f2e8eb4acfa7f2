import { authErrorCode, explainAuthProblem } from '@workos/authkit-session/adapter';

/**
 * The callback's error page (status 400, never cached): what happened, the error code, and a way
 * to try again. A plain HTML document in the examples' look (`/authkit.css`).
 */
export function callbackErrorResponse(error: unknown): Response {
  const code = authErrorCode(error);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign-in didn’t complete</title><link rel="stylesheet" href="/authkit.css"></head>
<body><main><div class="card problem">
<h1>Sign-in didn’t complete</h1>
<p>${explainAuthProblem(code)}</p>
<p class="muted">Error code: <code class="code" data-testid="auth-error">${code}</code></p>
<div class="actions"><a class="button primary" href="/login" data-testid="retry-sign-in">Try signing in again</a><a class="button" href="/">Home</a></div>
</div></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
