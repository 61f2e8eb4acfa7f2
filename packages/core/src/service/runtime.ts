import type { WorkOS } from '@workos-inc/node';
import { WorkOSRef } from '../client/workos-ref.js';
import { ConfigResolver, getConfigurationProvider, toValueReader } from '../config/provider.js';
import type {
  AuthKitConfig,
  ResolvedAuthKitConfig,
  ValueReader,
  ValueSource,
} from '../config/types.js';
import { AuthKitCore } from '../core/auth-kit-core.js';
import type { SessionEncryption } from '../crypto/session-encryption.js';
import { sessionEncryption } from '../crypto/session-encryption.js';
import { AuthOperations } from '../operations/auth-operations.js';
import { type BasicSessionStorage, toSessionStorage } from '../session/basic-storage.js';
import type { SessionStorage } from '../session/storage.js';

/** Options of `createAuthService()` / `new AuthService()`. */
export interface AuthServiceOptions<TRequest, TResponse> {
  /** Builds the framework's cookie storage for a resolved config. */
  sessionStorageFactory: (
    config: ResolvedAuthKitConfig,
  ) => SessionStorage<TRequest, TResponse> | BasicSessionStorage<TRequest, TResponse>;
  /** Per-service config layered over `configure()` (env still wins). A function is read lazily. */
  config?: Partial<AuthKitConfig> | (() => Partial<AuthKitConfig>);
  /**
   * Per-service value source read INSTEAD of `process.env` (or the source given to `configure()`),
   * e.g. Cloudflare Workers bindings: `(name) => env[name]`. Same parsing and validation; empty
   * values count as unset; its values beat `config` and `configure()`. A function or a mutable
   * object is read again on every request (changed values give a new config); a frozen plain
   * object (`Object.freeze({ WORKOS_CLIENT_ID: … })`) is read once.
   */
  source?: ValueSource;
  /** Builds the WorkOS client (default: one `new WorkOS(...)` per config). */
  clientFactory?: (config: ResolvedAuthKitConfig) => WorkOS;
  /** Session sealing (default: iron Fe26.2). */
  encryption?: SessionEncryption;
  /** Builds the session sealing for a resolved config (0.7.x's form of `encryption`). */
  encryptionFactory?: (config: ResolvedAuthKitConfig) => SessionEncryption;
}

const NO_OVERRIDES: Partial<AuthKitConfig> = Object.freeze({});

/** Everything a service needs, built for one resolved config. */
export interface ServiceRuntime<TRequest, TResponse> {
  config: ResolvedAuthKitConfig;
  /**
   * The WorkOS client, synchronously: throws `UsageError` (`sdk_not_loaded`) when the service
   * comes from `@workos/authkit-session/adapter` and no API call has loaded the SDK yet.
   */
  readonly client: WorkOS;
  /** The WorkOS client, loading the SDK on first use. */
  workos: WorkOSRef;
  core: AuthKitCore;
  operations: AuthOperations;
  storage: SessionStorage<TRequest, TResponse>;
}

/**
 * Builds the runtime on first use and rebuilds it only when the resolved config changes, so
 * `configure()` may run after the service is created.
 */
export class LazyRuntime<TRequest, TResponse> {
  private readonly resolver = new ConfigResolver();
  private current: ServiceRuntime<TRequest, TResponse> | undefined;
  private readonly source: ValueReader | undefined;

  constructor(private readonly options: AuthServiceOptions<TRequest, TResponse>) {
    this.source = options.source === undefined ? undefined : toValueReader(options.source);
  }

  /** The runtime for the current config; throws `ConfigurationError` when misconfigured. */
  get(): ServiceRuntime<TRequest, TResponse> {
    const config = this.resolveConfig();
    if (this.current?.config === config) return this.current;
    const workos = new WorkOSRef(config, this.options.clientFactory?.(config));
    const encryption =
      this.options.encryption ?? this.options.encryptionFactory?.(config) ?? sessionEncryption;
    const core = new AuthKitCore(config, workos, encryption);
    this.current = {
      config,
      get client() {
        return workos.now();
      },
      workos,
      core,
      operations: new AuthOperations(core, workos, config, encryption),
      storage: toSessionStorage(this.options.sessionStorageFactory(config), config),
    };
    return this.current;
  }

  private resolveConfig(): ResolvedAuthKitConfig {
    const provider = getConfigurationProvider();
    const { config: overrides } = this.options;
    const { source } = this;
    if (!overrides && !source) return provider.getConfig();
    const values = typeof overrides === 'function' ? overrides() : (overrides ?? NO_OVERRIDES);
    return provider.resolveWith(values, this.resolver, source);
  }
}
