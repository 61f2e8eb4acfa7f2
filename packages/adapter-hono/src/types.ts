import type {
  AuthKitConfig,
  AuthKitError,
  AuthResult,
  AuthService,
  SignedInAuth,
} from '@workos/authkit-session/adapter';
import type { Context } from 'hono';
import type { HonoRequestSource } from './storage.js';

/** The AuthKit service type used by the Hono adapter (requests are Hono contexts or their raw `Request`). */
export type HonoAuthService = AuthService<HonoRequestSource, Response>;

/** The resolved AuthKit handle for a request: its service and the adapter options. */
export interface AuthKitHandle {
  service: HonoAuthService;
  options: AuthKitHonoOptions;
}

/** Variables the adapter puts on the Hono context. */
export interface AuthKitVariables {
  /** The request's auth result (signed in or signed out with a reason). */
  auth: AuthResult;
  /** The AuthKit service and options serving this request. */
  authkit: AuthKitHandle;
}

/** A Hono `Env` carrying the adapter's variables: `new Hono<AuthKitEnv>()`. */
export interface AuthKitEnv {
  Variables: AuthKitVariables;
}

/** Variables once `requireAuth()` has run: `auth` is signed in. */
export interface SignedInVariables extends AuthKitVariables {
  auth: SignedInAuth;
}

/** The step that failed, as told to `onError`. */
export type AuthOperation = 'callback' | 'sign-in' | 'sign-out' | 'switch-organization';

/** Renders the response for a failed callback, sign-in or organization switch. */
export type AuthErrorRenderer = (
  error: AuthKitError,
  c: Context,
  info: { operation: AuthOperation; status: number },
) => Response | Promise<Response>;

/** Options shared by `authkit()`, `requireAuth()` and the route helpers. */
export interface AuthKitHonoOptions {
  /** Programmatic configuration; the request's `WORKOS_*` values (see `env`) win. */
  config?: Partial<AuthKitConfig>;
  /**
   * Where the `WORKOS_*` values come from for a request; they are read instead of `process.env`.
   * Default: the context's bindings (`c.env`) when they hold any `WORKOS_` key (Cloudflare
   * Workers, tests), else Hono's `env(c)`. One service is cached per set of `WORKOS_*` values.
   */
  env?: (c: Context) => Record<string, unknown> | undefined;
  /** True when a signed-out request should get 401 JSON instead of a redirect. */
  isApiRequest?: (c: Context) => boolean;
  /** Path of the sign-in route `requireAuth()` redirects to; default: straight to WorkOS. */
  signInPath?: string;
  /** Absolute URL WorkOS sends the browser to after sign-out; default: the request's origin + `/`. */
  returnTo?: string | ((c: Context) => string);
  /**
   * Origins besides the app's own (the redirect URI's and the request's) allowed to post to
   * `/logout` and `/switch-organization`; other origins get 403 `cross_origin_request`.
   */
  allowedOrigins?: readonly string[];
  /** Renders auth errors (default: a small HTML page with `data-testid="auth-error"`). */
  onError?: AuthErrorRenderer;
}
