import { setCookieOf } from '../adapter-kit/set-cookie.js';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { type HeaderBag, mergeHeaderBags, type WriteResult } from '../cookies/header-bag.js';
import type { CookieOptions } from '../cookies/serialize.js';
import { CookieSessionStorage, type SessionStorage } from './storage.js';

/**
 * A storage as 0.7.x's `SessionStorage` interface declared it: a class that implements these
 * methods itself instead of extending {@link CookieSessionStorage}. The core writes every cookie
 * through its `setCookie` / `clearCookie`.
 */
export interface BasicSessionStorage<TRequest, TResponse, TOptions = unknown> {
  getCookie(request: TRequest, name: string): Promise<string | null>;
  setCookie(
    response: TResponse | undefined,
    name: string,
    value: string,
    options: CookieOptions,
  ): Promise<{ response?: TResponse; headers?: HeaderBag }>;
  clearCookie(
    response: TResponse | undefined,
    name: string,
    options: CookieOptions,
  ): Promise<{ response?: TResponse; headers?: HeaderBag }>;
  getSession(request: TRequest): Promise<string | null>;
  saveSession(
    response: TResponse | undefined,
    sessionData: string,
    options?: TOptions,
  ): Promise<{ response?: TResponse; headers?: HeaderBag }>;
  clearSession(
    response: TResponse | undefined,
    options?: TOptions,
  ): Promise<{ response?: TResponse; headers?: HeaderBag }>;
}

/** A {@link BasicSessionStorage} with chunking, verifier cleanup and header bags added around it. */
class BasicStorageAdapter<TRequest, TResponse> extends CookieSessionStorage<TRequest, TResponse> {
  constructor(
    config: ResolvedAuthKitConfig,
    private readonly inner: BasicSessionStorage<TRequest, TResponse>,
  ) {
    super(config);
  }

  getCookie(request: TRequest, name: string): Promise<string | null> {
    return this.inner.getCookie(request, name);
  }

  /** Each `Set-Cookie` line becomes one `setCookie` / `clearCookie` call of the inner storage. */
  override async writeHeaders(
    response: TResponse | undefined,
    headers: HeaderBag,
  ): Promise<WriteResult<TResponse>> {
    let current = response;
    let written = false;
    let bag: HeaderBag = {};
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() !== 'set-cookie') {
        bag = mergeHeaderBags(bag, { [key]: value });
        continue;
      }
      for (const line of Array.isArray(value) ? value : [value]) {
        const cookie = setCookieOf(headers, line);
        if (!cookie) continue;
        const result = cookie.deletes
          ? await this.inner.clearCookie(current, cookie.name, cookie.options)
          : await this.inner.setCookie(current, cookie.name, cookie.value, cookie.options);
        if (result.response !== undefined) {
          current = result.response;
          written = true;
        }
        if (result.headers) bag = mergeHeaderBags(bag, result.headers);
      }
    }
    return written && current !== undefined ? { response: current } : { headers: bag };
  }
}

/**
 * The storage a `sessionStorageFactory` returned, as the core uses it: a {@link CookieSessionStorage}
 * (or anything with its methods) as is, a 0.7.x-style {@link BasicSessionStorage} adapted.
 */
export function toSessionStorage<TRequest, TResponse>(
  storage: SessionStorage<TRequest, TResponse> | BasicSessionStorage<TRequest, TResponse>,
  config: ResolvedAuthKitConfig,
): SessionStorage<TRequest, TResponse> {
  const full = storage as Partial<SessionStorage<TRequest, TResponse>>;
  if (typeof full.writeHeaders === 'function' && typeof full.readSession === 'function') {
    return storage as SessionStorage<TRequest, TResponse>;
  }
  return new BasicStorageAdapter(config, storage as BasicSessionStorage<TRequest, TResponse>);
}
