'use client';

import { useMemo } from 'react';
import { useAccessToken } from './use-access-token.js';

/** The claims of a WorkOS access token. */
export interface JWTPayload {
  /** The session id. */
  sid: string;
  /** Who issued the token. */
  iss: string;
  /** The user id. */
  sub: string;
  aud?: string | string[];
  /** Expiry, epoch seconds. */
  exp: number;
  /** Issued at, epoch seconds. */
  iat: number;
  /** The token's unique id. */
  jti: string;
  /** The session's organization. */
  org_id?: string;
  role?: string;
  roles?: string[];
  permissions?: string[];
  /** When the user last actively authenticated, epoch seconds. */
  auth_time?: number;
}

/** The claims `useTokenClaims<T>()` returns: every field optional, plus your custom claims `T`. */
export type TokenClaims<T> = Partial<JWTPayload & T>;

/**
 * Reads a JWT's payload WITHOUT verifying it (display only: the server verified the token).
 * Returns `{}` for anything that is not a readable JWT.
 */
export function readTokenClaims<T = Record<string, unknown>>(
  token: string | undefined,
): TokenClaims<T> {
  const payload = token?.split('.')[1];
  if (!payload) return {};
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as TokenClaims<T>)
      : {};
  } catch {
    return {};
  }
}

/**
 * The claims of the current access token (e.g. `org_id`, `role`, your custom claims), or `{}`
 * while there is none. Read for display; authorize on the server.
 */
export function useTokenClaims<T = Record<string, unknown>>(): TokenClaims<T> {
  const { accessToken } = useAccessToken();
  return useMemo(() => readTokenClaims<T>(accessToken), [accessToken]);
}
