import { CookieJar as ToughCookieJar } from 'tough-cookie';

/**
 * A browser's cookie jar for one origin, kept by `tough-cookie`: cookies are scoped by Path and
 * Domain and expire as a browser's do, so a cookie written with the wrong Path or Domain is not
 * sent back (and the test that needs it fails). Without a URL, methods act on the origin's `/`.
 */
export class CookieJar {
  private readonly jar = new ToughCookieJar();

  constructor(readonly origin = 'http://localhost') {}

  private at(url?: string | URL): string {
    return new URL(url ?? '/', this.origin).href;
  }

  /** Every cookie of the origin, whatever its Path. */
  private all() {
    return this.jar.getCookiesSync(this.at(), { allPaths: true });
  }

  /** Applies every `Set-Cookie` line of a response to `url` (deletions included); returns the lines. */
  store(response: Response, url?: string | URL): string[] {
    const lines = response.headers.getSetCookie();
    for (const line of lines) this.jar.setCookieSync(line, this.at(url), { ignoreError: true });
    return lines;
  }

  /** The `Cookie` request header a browser sends to `url` ('' when none applies). */
  header(url?: string | URL): string {
    return this.jar.getCookieStringSync(this.at(url));
  }

  get(name: string): string | undefined {
    return this.all().find((cookie) => cookie.key === name)?.value;
  }

  /** Sets a cookie on `/`, as a user editing it in devtools would. */
  set(name: string, value: string): void {
    this.jar.setCookieSync(`${name}=${value}; Path=/`, this.at());
  }

  delete(name: string): void {
    for (const cookie of this.all().filter((c) => c.key === name)) {
      this.jar.setCookieSync(`${name}=; Path=${cookie.path}; Max-Age=0`, this.at());
    }
  }

  /** Names of the cookies currently held, whatever their Path. */
  names(): string[] {
    return this.all().map((cookie) => cookie.key);
  }

  /** Names of the cookies a browser sends to `url` (default: the origin's `/`). */
  namesSentTo(url?: string | URL): string[] {
    return this.jar.getCookiesSync(this.at(url)).map((cookie) => cookie.key);
  }
}
