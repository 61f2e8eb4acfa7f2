import type { WorkOS } from '@workos-inc/node';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { UsageError } from '../errors.js';
import { apiBaseUrl, clientFor, loadedWorkOSClass, loadWorkOSClass } from './sdk.js';

/**
 * The WorkOS client of one configuration: the one given (`clientFactory`, 0.7.x's constructors),
 * or the SDK's, loaded on first use. Verifying a session needs no SDK: the key-set and logout URLs
 * are built from the config; only API calls (refresh, code exchange, API keys) load it.
 */
export class WorkOSRef {
  constructor(
    private readonly config: ResolvedAuthKitConfig,
    private readonly given?: WorkOS,
  ) {}

  /** A reference to `client` as given, or to the SDK's client for `config`. */
  static of(config: ResolvedAuthKitConfig, client: WorkOS | WorkOSRef | undefined): WorkOSRef {
    return client instanceof WorkOSRef ? client : new WorkOSRef(config, client);
  }

  /** The client, loading the SDK first if needed. */
  async load(): Promise<WorkOS> {
    return this.given ?? clientFor(this.config, await loadWorkOSClass());
  }

  /** The client now; throws `UsageError` (`sdk_not_loaded`) while the SDK is not loaded. */
  now(): WorkOS {
    if (this.given) return this.given;
    const WorkOSClass = loadedWorkOSClass();
    if (WorkOSClass) return clientFor(this.config, WorkOSClass);
    throw new UsageError(
      'The WorkOS SDK is not loaded yet: this service was imported from `@workos/authkit-session/adapter`, which loads `@workos-inc/node` on its first API call. Use `await service.loadWorkOS()`, or import `getWorkOS` from `@workos/authkit-session`, which loads it up front.',
      'sdk_not_loaded',
    );
  }

  /** The URL of the key set that signs this client id's access tokens. */
  jwksUrl(): string {
    if (this.given) return this.given.userManagement.getJwksUrl(this.config.clientId);
    return `${apiBaseUrl(this.config)}/sso/jwks/${this.config.clientId}`;
  }

  /** The WorkOS logout URL that ends `sessionId` (then redirects to `returnTo`). */
  logoutUrl(sessionId: string, returnTo?: string): string {
    if (this.given) {
      return this.given.userManagement.getLogoutUrl({
        sessionId,
        ...(returnTo ? { returnTo } : {}),
      });
    }
    const url = new URL('/user_management/sessions/logout', apiBaseUrl(this.config));
    url.searchParams.set('session_id', sessionId);
    if (returnTo) url.searchParams.set('return_to', returnTo);
    return url.toString();
  }
}
