import type { SignedInClientAuth } from '@workos/authkit-session/client';
import type { ClientSignedInAuth, ClientSignedOutAuth } from './client-auth.js';

export type {
  AuthResult,
  BaseTokenClaims,
  CustomClaims,
  Impersonator,
  Session,
  User,
} from '@workos/authkit-session';
export type { GetAuthURLOptions } from './input.js';

/** `getAuth()` signed in: the user, session and organization claims, and the access token. */
export type UserInfo = ClientSignedInAuth;

/** Signed in, without the access token (what the `*Action` server functions answer). */
export type ClientUserInfo = SignedInClientAuth;

/** Signed out: `{ user: null }` (the other fields are optional `undefined`). */
export type NoUserInfo = ClientSignedOutAuth;

/** The tokens of the upstream identity provider (Google, Microsoft, …), when WorkOS returns them. */
export interface OauthTokens {
  // biome-ignore lint/suspicious/noExplicitAny: provider-specific shape, as WorkOS returns it
  [key: string]: any;
}

/** An organization as `getOrganizationAction` answers it. */
export interface OrganizationInfo {
  id: string;
  name: string;
}
