import { ENV_NAMES_READ, processEnvSource } from './env.js';
import { resolveConfig } from './resolve.js';
import type { AuthKitConfig, ResolvedAuthKitConfig, ValueReader, ValueSource } from './types.js';

/** A value source as a function, or (as 0.7.x also took) an object of env values such as `process.env`. */
export type ValueSourceInput = ValueSource;

/** Anything `configure()` accepts as its first argument. */
export type ConfigInput = Partial<AuthKitConfig> | ValueReader;

/** A value source as the reader function resolution uses. */
export function toValueReader(input: ValueSource): ValueReader {
  if (typeof input === 'function') return input;
  const reader: ValueReader = (name) => {
    const value = input[name];
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return typeof value === 'string' ? value : undefined;
  };
  if (isFixedRecord(input)) fixedReaders.add(reader);
  return reader;
}

/** Readers of frozen plain records: their values never change, so a resolution reads them once. */
const fixedReaders = new WeakSet<ValueReader>();

/** A frozen plain (or null-prototype) object with data properties only: its values are final. */
function isFixedRecord(input: object): boolean {
  if (!Object.isFrozen(input)) return false;
  const proto = Object.getPrototypeOf(input);
  if (proto !== null && proto !== Object.prototype) return false;
  return Object.values(Object.getOwnPropertyDescriptors(input)).every((d) => 'value' in d);
}

/**
 * Holds programmatic configuration and a value source (env by default) and resolves them.
 * Resolution is repeated on every `getConfig()` (cheap), but the same object is returned while
 * nothing changed, so per-config caches (WorkOS client, JWKS, session cache) stay warm.
 */
export class ConfigurationProvider {
  private code: Partial<AuthKitConfig> = {};
  private source: ValueReader = processEnvSource;
  private readonly resolver = new ConfigResolver();

  /** Merges programmatic config and/or replaces the value source. */
  configure(configOrSource?: ConfigInput, source?: ValueSourceInput): void {
    if (typeof configOrSource === 'function') {
      this.source = configOrSource;
    } else if (configOrSource) {
      this.code = { ...this.code, ...configOrSource };
    }
    if (source) this.source = toValueReader(source);
  }

  /** Replaces the value source (env reader): a function or an object such as `process.env`. */
  setValueSource(source: ValueSourceInput): void {
    this.source = toValueReader(source);
  }

  /** Forgets programmatic config and goes back to `process.env` (for tests). */
  reset(): void {
    this.code = {};
    this.source = processEnvSource;
  }

  /**
   * The resolved config, or with a `key` just that value (as 0.7.x's `getConfig(key)`); throws
   * `ConfigurationError` listing every problem.
   */
  getConfig(): ResolvedAuthKitConfig;
  getConfig<K extends keyof ResolvedAuthKitConfig>(key: K): ResolvedAuthKitConfig[K];
  getConfig(key?: keyof ResolvedAuthKitConfig): unknown {
    const config = this.resolver.resolveFrom([this.code], this.source, () => this.code);
    return key === undefined ? config : config[key];
  }

  /** One resolved value (0.7.x's name for `getConfig(key)`). */
  getValue<K extends keyof ResolvedAuthKitConfig>(key: K): ResolvedAuthKitConfig[K] {
    return this.getConfig(key);
  }

  /** Checks the configuration now; throws `ConfigurationError` listing every problem. */
  validate(): void {
    this.getConfig();
  }

  /**
   * Resolves with per-service overrides layered over the programmatic config (own cache). A
   * per-service `source` is read instead of this provider's value source (`process.env`).
   */
  resolveWith(
    overrides: Partial<AuthKitConfig>,
    resolver: ConfigResolver,
    source: ValueReader = this.source,
  ): ResolvedAuthKitConfig {
    return resolver.resolveFrom([this.code, overrides], source, () => ({
      ...this.code,
      ...overrides,
    }));
  }
}

/** The last inputs of a resolution, compared by identity and by the values the source gives. */
interface SeenInputs {
  parts: readonly unknown[];
  source: ValueReader;
  values: (string | undefined)[];
  config: ResolvedAuthKitConfig;
  /** When `process.env` was last compared (`NaN` for other sources, which are read every time). */
  checkedAt: number;
}

/**
 * How long a resolution trusts the `process.env` values it last read: a changed variable takes
 * effect within this time (`configure()` and every other source take effect at once).
 */
export const ENV_RECHECK_MS = 1000;

/** Now, for `process.env` (whose comparison is throttled); `NaN` for sources read every time. */
const envCheckTime = (source: ValueReader): number =>
  source === processEnvSource ? performance.now() : Number.NaN;

/** Resolves config and returns the same object while its inputs are unchanged. */
export class ConfigResolver {
  private cached: { fingerprint: string; config: ResolvedAuthKitConfig } | undefined;
  private seen: SeenInputs | undefined;

  /**
   * Resolves the config made of `parts` (objects `code()` merges) and `source`. When the same
   * objects and source come again and the source still gives the same values (not re-read for a
   * frozen record, whose values cannot change; `process.env` re-read at most once every
   * `ENV_RECHECK_MS`), the previous result is returned without merging,
   * serialising or validating anything (the per-request path).
   */
  resolveFrom(
    parts: readonly unknown[],
    source: ValueReader,
    code: () => Partial<AuthKitConfig>,
  ): ResolvedAuthKitConfig {
    const seen = this.seen;
    if (seen && seen.source === source && sameParts(seen.parts, parts)) {
      if (fixedReaders.has(source)) return seen.config;
      const now = envCheckTime(source);
      // `process.env` is read through the runtime's environment interceptor (about 0.2 µs a name
      // on Node); it is compared again at most once every ENV_RECHECK_MS.
      if (now - seen.checkedAt < ENV_RECHECK_MS) return seen.config;
      if (sameValues(seen.values, source)) {
        seen.checkedAt = now;
        return seen.config;
      }
    }
    const config = this.resolve(code(), source);
    const values = ENV_NAMES.map((name) => safeRead(source, name));
    this.seen = { parts, source, values, config, checkedAt: envCheckTime(source) };
    return config;
  }

  /** Resolves `code` + `source`, reusing the previous result when nothing changed. */
  resolve(code: Partial<AuthKitConfig>, source: ValueReader): ResolvedAuthKitConfig {
    const fingerprint = fingerprintOf(code, source);
    if (this.cached && this.cached.fingerprint === fingerprint) return this.cached.config;
    const config = resolveConfig(code, source);
    this.cached = { fingerprint, config };
    return config;
  }
}

const hookIds = new WeakMap<object, number>();
let nextHookId = 1;

function fingerprintOf(code: Partial<AuthKitConfig>, source: ValueReader): string {
  const env: Record<string, string | undefined> = {};
  for (const name of ENV_NAMES) env[name] = safeRead(source, name);
  const hook = code.onError;
  let hookId = 0;
  if (hook) {
    hookId = hookIds.get(hook) ?? nextHookId++;
    hookIds.set(hook, hookId);
  }
  return JSON.stringify([code, env, hookId]);
}

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameValues(values: readonly (string | undefined)[], source: ValueReader): boolean {
  for (let i = 0; i < ENV_NAMES.length; i++) {
    if (safeRead(source, ENV_NAMES[i] as string) !== values[i]) return false;
  }
  return true;
}

function safeRead(source: ValueReader, name: string): string | undefined {
  try {
    const value = source(name);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const ENV_NAMES = ENV_NAMES_READ;

const globalProvider = new ConfigurationProvider();

/** The process-wide configuration provider used by `configure()` and `getWorkOS()`. */
export function getConfigurationProvider(): ConfigurationProvider {
  return globalProvider;
}

/**
 * Sets programmatic configuration, a value source (`(envName) => value`), or both.
 * Environment values still win over programmatic ones; empty values count as unset.
 */
export function configure(config?: Partial<AuthKitConfig>): void;
/** A reader function sets the value source; an object (as in 0.7.x) is taken as config. */
export function configure(source: ValueSource): void;
export function configure(config: Partial<AuthKitConfig>, source: ValueSourceInput): void;
export function configure(configOrSource?: ConfigInput, source?: ValueSourceInput): void {
  globalProvider.configure(configOrSource, source);
}

/**
 * The resolved global configuration, or with a `key` just that value (`getConfig('redirectUri')`);
 * throws `ConfigurationError` when incomplete.
 */
export function getConfig(): ResolvedAuthKitConfig;
export function getConfig<K extends keyof ResolvedAuthKitConfig>(key: K): ResolvedAuthKitConfig[K];
export function getConfig(key?: keyof ResolvedAuthKitConfig): unknown {
  return key === undefined ? globalProvider.getConfig() : globalProvider.getConfig(key);
}

/** Validates the global configuration now (e.g. at start-up); throws `ConfigurationError` listing every problem. */
export function validateConfig(): ResolvedAuthKitConfig {
  return globalProvider.getConfig();
}
