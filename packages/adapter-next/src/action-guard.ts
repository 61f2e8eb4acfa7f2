// Shared by the proxy (server) and the React layer's transport (browser): no server import here.

/**
 * The body of the proxy's `401` (`Content-Type: text/plain`) to a server action (a POST with a
 * `Next-Action` header) on a path it protects, while signed out. Next's client rejects the action
 * with an `Error` carrying exactly this message; a redirect would show as "Failed to fetch".
 */
export const SIGNED_OUT_ACTION_MESSAGE =
  'Signed out: this server action is on a path the AuthKit proxy protects. Sign in and try again.';

/** True for the rejection of a server action the proxy refused because the browser is signed out. */
export function isSignedOutActionError(error: unknown): boolean {
  return error instanceof Error && error.message === SIGNED_OUT_ACTION_MESSAGE;
}

/** True for a server action call (`Next-Action` header on a POST), which fetch() sends, not a navigation. */
export function isServerActionRequest(request: Request): boolean {
  return request.method === 'POST' && request.headers.has('next-action');
}
