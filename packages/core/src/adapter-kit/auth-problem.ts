/** What a failed sign-in means for the person signing in, by the error's `code`. */
const explanations: Readonly<Record<string, string>> = {
  oauth_state_mismatch:
    'The sign-in that came back is not the one this browser started: it may have been started in another tab or browser, or the link was used twice.',
  pkce_cookie_missing:
    'This browser no longer holds the sign-in it started: cookies may be blocked for this site, or the sign-in took too long.',
  pkce_payload_too_large:
    'The sign-in could not be remembered by this browser (its cookie was too large).',
  missing_authorization_code: 'The sign-in page sent you back without a sign-in code.',
  access_denied: 'The sign-in was cancelled, or access to this app was denied.',
  auth_callback_failed:
    'The sign-in was not accepted: it may have been cancelled, have expired, or already been used.',
};

/**
 * A sentence for the end user saying what went wrong, for an app's sign-in error page; a generic
 * one for a code it does not know. Plain text: escape it as any text you put into HTML.
 */
export function explainAuthProblem(code: string): string {
  return Object.hasOwn(explanations, code)
    ? (explanations[code] as string)
    : 'Something went wrong while finishing the sign-in.';
}

/**
 * The `code` of a thrown value (an `AuthKitError`'s, or any object's string `code`), safe to show
 * in HTML and URLs: only letters, digits, `_`, `.` and `-` are kept. `authentication_failed` when
 * the value has none.
 */
export function authErrorCode(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'authentication_failed';
  return code.replace(/[^a-z0-9_.-]/gi, '');
}
