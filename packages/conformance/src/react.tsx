/**
 * `@authkit-internal/conformance/react`: checks shared by the React adapters' client tests (Next.js
 * and TanStack Start), kept apart from the suite so the Hono adapter needs no React.
 */
import {
  createTestSigningKey,
  type LocalMintOptions,
  mintTestSession,
} from '@workos/authkit-session/testing';
import type { ComponentType, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';

/** The refresh token minted into {@link serverAuthWithSecrets}: a page must never contain it. */
export const SECRET_REFRESH_TOKEN = 'refresh_token_SECRET_0123456789';

/**
 * What a server layout or loader hands its provider, `{ ...await withAuth(), sealedSession }`: a
 * minted session for user `user_1` with the secrets a browser must never get (the refresh token
 * {@link SECRET_REFRESH_TOKEN}, the sealed cookie, the raw claims).
 */
export async function serverAuthWithSecrets(
  options: Pick<LocalMintOptions, 'organizationId' | 'impersonator'> = {},
) {
  const minted = await mintTestSession({
    cookiePassword: 'a-cookie-password-of-at-least-32-characters!',
    signingKey: await createTestSigningKey(),
    issuer: 'https://issuer.test',
    refreshToken: SECRET_REFRESH_TOKEN,
    ...options,
  });
  const serverAuth = {
    ...minted.session,
    sessionId: 'session_1',
    ...(options.organizationId && { organizationId: options.organizationId }),
    claims: { sid: 'session_1' },
    sealedSession: minted.cookieValue,
  };
  return { minted, serverAuth };
}

/**
 * Renders a README snippet inside the adapter's provider signed in (as `signedIn`, user
 * `alice@example.com`) and signed out, and expects the two pages given.
 */
export function expectSnippetRendersBothWays<TAuth>(
  Provider: ComponentType<{ initialAuth: TAuth; children: ReactNode }>,
  Snippet: ComponentType,
  signedIn: Record<string, unknown>,
  expected: { signedIn: string; signedOut: string },
): void {
  const render = (initialAuth: TAuth) =>
    renderToStaticMarkup(
      <Provider initialAuth={initialAuth}>
        <Snippet />
      </Provider>,
    );
  const user = { id: 'user_1', email: 'alice@example.com' };
  expect(render({ user, ...signedIn } as TAuth)).toBe(expected.signedIn);
  expect(render({ user: null } as TAuth)).toBe(expected.signedOut);
}
