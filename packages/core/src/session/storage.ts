import type { AuthKitConfig } from '../config/types.js';
import {
  type ChunkedRead,
  planChunkedClear,
  planChunkedWrite,
  readChunked,
} from '../cookies/chunking.js';
import { type HeaderBag, setCookieBag, type WriteResult } from '../cookies/header-bag.js';
import { cookieHeaderOf, parseCookieHeader } from '../cookies/parse.js';
import { type CookieOptions, cookieToSet, serializeCookie } from '../cookies/serialize.js';

/**
 * The config keys a cookie storage reads. A resolved config (what `sessionStorageFactory` gets)
 * and 0.7.1's `AuthKitConfig` both fit, so a 0.7.1 storage's `super(config)` compiles unchanged.
 */
export type CookieStorageConfig = Partial<
  Pick<
    AuthKitConfig,
    'redirectUri' | 'cookieName' | 'cookieMaxAge' | 'cookieDomain' | 'cookieSameSite'
  >
>;

/** Options for session writes: pass the request so exactly the stale chunks are cleared. */
export interface SessionWriteOptions<TRequest> {
  request?: TRequest;
}

/**
 * What the core needs from a framework's cookie storage. Extend {@link CookieSessionStorage}.
 * `TOptions` (0.7.x's third type parameter) types the options of `saveSession`/`clearSession`.
 */
export interface SessionStorage<TRequest, TResponse, TOptions = SessionWriteOptions<TRequest>> {
  readonly cookieName: string;
  getCookie(request: TRequest, name: string): Promise<string | null>;
  getCookieNames(request: TRequest): Promise<string[]>;
  readSession(request: TRequest): Promise<ChunkedRead>;
  getSession(request: TRequest): Promise<string | null>;
  saveSession(
    response: TResponse | undefined,
    sessionData: string,
    options?: TOptions,
  ): Promise<WriteResult<TResponse>>;
  clearSession(
    response: TResponse | undefined,
    options?: TOptions,
  ): Promise<WriteResult<TResponse>>;
  setCookie(
    response: TResponse | undefined,
    name: string,
    value: string,
    options: CookieOptions,
  ): Promise<WriteResult<TResponse>>;
  clearCookie(
    response: TResponse | undefined,
    name: string,
    options: CookieOptions,
  ): Promise<WriteResult<TResponse>>;
  sessionCookieHeaders(sessionData: string, existing?: readonly string[]): HeaderBag;
  clearSessionHeaders(existing?: readonly string[]): HeaderBag;
  cookieHeaders(name: string, value: string, options: CookieOptions): HeaderBag;
  clearCookieHeaders(names: readonly string[], options: CookieOptions): HeaderBag;
  writeHeaders(
    response: TResponse | undefined,
    headers: HeaderBag,
  ): Promise<WriteResult<TResponse>>;
}

/** True when cookies for this redirect URI must carry `Secure` (everything but plain http). */
export function secureFor(redirectUri: string | undefined, cookieName = ''): boolean {
  if (cookieName.startsWith('__Host-') || cookieName.startsWith('__Secure-')) return true;
  try {
    return new URL(redirectUri ?? '').protocol !== 'http:';
  } catch {
    return true;
  }
}

const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** One cookie a storage writes: `serializeCookie`'s arguments. */
type CookieWrite = [name: string, value: string, options: CookieOptions, expired?: boolean];

/** A bag split as 0.7.x's `applyHeaders` received it: one bag per `Set-Cookie` line, then the rest. */
function oneCookiePerBag(headers: HeaderBag): HeaderBag[] {
  const parts: HeaderBag[] = [];
  const rest: HeaderBag = {};
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== 'set-cookie') rest[key] = value;
    else for (const line of Array.isArray(value) ? value : [value]) parts.push({ [key]: line });
  }
  if (Object.keys(rest).length > 0) parts.push(rest);
  return parts;
}

/**
 * Cookie storage with secure defaults. Implement `getCookie` (return the URL-decoded value);
 * override `applyHeaders` if your framework can mutate a response, and `getCookieNames` if the
 * request is not a Fetch `Request` or Node `IncomingMessage`.
 */
export abstract class CookieSessionStorage<TRequest, TResponse>
  implements SessionStorage<TRequest, TResponse>
{
  /** The session cookie's name (a subclass may set it in its constructor, as in 0.7.x). */
  cookieName: string;
  protected readonly cookieOptions: CookieOptions;

  constructor(protected readonly config: CookieStorageConfig) {
    this.cookieName = config.cookieName ?? 'wos-session';
    const sameSite = config.cookieSameSite ?? 'lax';
    this.cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite,
      secure: sameSite === 'none' || secureFor(config.redirectUri, this.cookieName),
      ...(config.cookieMaxAge === 0 ? {} : { maxAge: config.cookieMaxAge ?? 60 * 60 * 24 * 400 }),
      ...(config.cookieDomain ? { domain: config.cookieDomain } : {}),
    };
  }

  /** Reads one cookie from the request, URL-decoded, or `null`. */
  abstract getCookie(request: TRequest, name: string): Promise<string | null>;

  /**
   * The same read as `getCookie`, synchronously, for storages whose requests carry their `Cookie`
   * header: {@link readSession} then answers a session cookie in one piece without a promise per
   * read (the per-request path). `undefined` (the default): no synchronous read.
   */
  protected readCookieNow(_request: TRequest, _name: string): string | null | undefined {
    return undefined;
  }

  /** Names of every cookie on the request (used to clear stale chunks and verifier cookies). */
  async getCookieNames(request: TRequest): Promise<string[]> {
    return Object.keys(parseCookieHeader(cookieHeaderOf(request)));
  }

  /**
   * Applies headers to a framework response; return `{ response }` if you did (the write result
   * then carries only that response). Default: headers-only (the write result carries `headers`).
   * As in 0.7.x, each call carries ONE `Set-Cookie` line as a plain string (then one call with the
   * other headers, e.g. `Cache-Control`), so an override that appends each value as is never
   * joins two cookies; the response an override returns is passed to the next call.
   */
  protected async applyHeaders(
    _response: TResponse | undefined,
    _headers: HeaderBag,
    // biome-ignore lint/suspicious/noConfusingVoidType: overrides may return nothing (headers-only adapters)
  ): Promise<{ response: TResponse } | undefined | void> {
    return undefined;
  }

  /** Serializes one `Set-Cookie` line. */
  protected serializeCookie(
    name: string,
    value: string,
    options: CookieOptions,
    flags: { expired?: boolean } = {},
  ): string {
    return serializeCookie(name, value, options, flags);
  }

  /**
   * Applies `headers` through `applyHeaders`. Exactly one of the two comes back: `{ response }`
   * when `applyHeaders` wrote them to a response (nothing left to apply), else `{ headers }`.
   */
  async writeHeaders(
    response: TResponse | undefined,
    headers: HeaderBag,
  ): Promise<WriteResult<TResponse>> {
    if (this.applyHeaders === CookieSessionStorage.prototype.applyHeaders) return { headers };
    let current = response;
    let applied = false;
    for (const part of oneCookiePerBag(headers)) {
      const result = await this.applyHeaders(current, part);
      if (result?.response === undefined) return { headers };
      current = result.response;
      applied = true;
    }
    return applied && current !== undefined ? { response: current } : { headers };
  }

  /**
   * The bag that writes `cookies` (and `Cache-Control: no-store`). The cookies stay structured on
   * the bag for cookie-store adapters, unless a subclass overrides `serializeCookie` (its lines
   * are then the only form).
   */
  private cookieBag(cookies: readonly CookieWrite[]): HeaderBag {
    if (this.serializeCookie === CookieSessionStorage.prototype.serializeCookie) {
      return setCookieBag(
        cookies.map(([name, value, options, expired]) =>
          cookieToSet(name, value, options, { expired }),
        ),
        NO_STORE,
      );
    }
    const lines = cookies.map(([name, value, options, expired]) =>
      this.serializeCookie(name, value, options, expired ? { expired } : {}),
    );
    return { 'Set-Cookie': lines, ...NO_STORE };
  }

  /** Headers that set one cookie. */
  cookieHeaders(name: string, value: string, options: CookieOptions): HeaderBag {
    return this.cookieBag([[name, value, options]]);
  }

  /** Headers that delete cookies (matching `options.path`/`domain`). */
  clearCookieHeaders(names: readonly string[], options: CookieOptions): HeaderBag {
    return this.cookieBag(names.map((name) => [name, '', options, true]));
  }

  /** Headers that store a sealed session (chunked when large) and clear stale chunks. */
  sessionCookieHeaders(sessionData: string, existing?: readonly string[]): HeaderBag {
    const plan = planChunkedWrite(this.cookieName, sessionData, existing);
    return this.cookieBag([
      ...plan.set.map(({ name, value }): CookieWrite => [name, value, this.cookieOptions]),
      ...plan.clear.map((name): CookieWrite => [name, '', this.cookieOptions, true]),
    ]);
  }

  /** Headers that delete the session cookie and its chunks. */
  clearSessionHeaders(existing?: readonly string[]): HeaderBag {
    return this.clearCookieHeaders(planChunkedClear(this.cookieName, existing), this.cookieOptions);
  }

  /** Writes one cookie. */
  async setCookie(
    response: TResponse | undefined,
    name: string,
    value: string,
    options: CookieOptions,
  ): Promise<WriteResult<TResponse>> {
    return this.writeHeaders(response, this.cookieHeaders(name, value, options));
  }

  /** Deletes one cookie. */
  async clearCookie(
    response: TResponse | undefined,
    name: string,
    options: CookieOptions,
  ): Promise<WriteResult<TResponse>> {
    return this.writeHeaders(response, this.clearCookieHeaders([name], options));
  }

  /** Reads the sealed session, reassembling chunks; reports broken chunk sets. */
  readSession(request: TRequest): Promise<ChunkedRead> {
    const now = this.readCookieNow(request, this.cookieName);
    if (now) return Promise.resolve({ value: now, broken: false });
    return this.readSessionChunks(request);
  }

  private async readSessionChunks(request: TRequest): Promise<ChunkedRead> {
    const whole = await this.getCookie(request, this.cookieName);
    if (whole) return { value: whole, broken: false };
    return readChunked(this.cookieName, (name) =>
      name === this.cookieName ? Promise.resolve(null) : this.getCookie(request, name),
    );
  }

  /** The sealed session string, or `null` (absent or broken). */
  async getSession(request: TRequest): Promise<string | null> {
    return (await this.readSession(request)).value;
  }

  /** Stores a sealed session. */
  async saveSession(
    response: TResponse | undefined,
    sessionData: string,
    options: SessionWriteOptions<TRequest> = {},
  ): Promise<WriteResult<TResponse>> {
    const existing =
      options.request === undefined ? undefined : await this.getCookieNames(options.request);
    return this.writeHeaders(response, this.sessionCookieHeaders(sessionData, existing));
  }

  /** Deletes the session cookie (and any chunks). */
  async clearSession(
    response: TResponse | undefined,
    options: SessionWriteOptions<TRequest> = {},
  ): Promise<WriteResult<TResponse>> {
    const existing =
      options.request === undefined ? undefined : await this.getCookieNames(options.request);
    return this.writeHeaders(response, this.clearSessionHeaders(existing));
  }
}
