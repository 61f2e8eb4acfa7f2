/** The part of Node's `ServerResponse` the guard uses (duck-typed: no `node:` import). */
interface NodeResponseLike {
  writeHead(status: number, ...rest: unknown[]): unknown;
  getHeaderNames(): string[];
  setHeader(name: string, value: string): unknown;
  appendHeader(name: string, value: string): unknown;
}

const guarded = new WeakSet<object>();

/**
 * Node 22 and later apply `writeHead`'s header array over pending headers the way the guard does
 * (a name's values replace a pending one and repeated names are all kept), so the guard is only
 * installed on older Node: patching each response costs every request a closure and a new shape.
 */
const NODE_MAJOR = Number(
  (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node?.split(
    '.',
  )[0],
);
export const writeHeadKeepsRepeatedHeaders = NODE_MAJOR >= 22;

function nodeResponseOf(request: Request): NodeResponseLike | undefined {
  const res = (request as { runtime?: { node?: { res?: unknown } } }).runtime?.node?.res;
  if (typeof res !== 'object' || res === null) return undefined;
  const candidate = res as Partial<NodeResponseLike>;
  const usable =
    typeof candidate.writeHead === 'function' &&
    typeof candidate.getHeaderNames === 'function' &&
    typeof candidate.setHeader === 'function' &&
    typeof candidate.appendHeader === 'function';
  return usable ? (res as NodeResponseLike) : undefined;
}

/**
 * Keeps every `Set-Cookie` line of a response written to a Node `ServerResponse` that already has
 * headers pending.
 *
 * Node 20's `writeHead(status, reason, [name, value, …])` applies the array with `setHeader` once
 * another header is pending, so a repeated header keeps only its last value. Vite's dev server
 * appends `Vary: Sec-Fetch-Dest` to every request a browser sends as a document navigation, and
 * TanStack Start's dev server (through srvx) then writes the response with such an array: on
 * `/callback` the session cookie was replaced by the line clearing the verifier cookie, and
 * Chromium, which sends `Sec-Fetch-Dest`, was never signed in (curl was).
 *
 * For requests that carry their Node response (srvx's `request.runtime.node.res`: `vite dev`,
 * `srvx` servers), this applies such an array the way the fast path does: a name's first value
 * replaces a pending header of that name, later values are appended. Other calls pass through.
 * Node 22 and later already do this, so there it does nothing.
 */
export function keepRepeatedHeaders(request: Request): void {
  if (writeHeadKeepsRepeatedHeaders) return;
  const res = nodeResponseOf(request);
  if (!res || guarded.has(res)) return;
  guarded.add(res);
  const writeHead = res.writeHead;
  res.writeHead = function (this: NodeResponseLike, status: number, ...rest: unknown[]) {
    const headers = rest[rest.length - 1];
    const flat = Array.isArray(headers) && headers.every((entry) => typeof entry === 'string');
    if (!flat || this.getHeaderNames().length === 0) return writeHead.call(this, status, ...rest);
    const seen = new Set<string>();
    for (let index = 0; index + 1 < headers.length; index += 2) {
      const name = (headers[index] as string).toLowerCase();
      const value = headers[index + 1] as string;
      if (seen.has(name)) this.appendHeader(name, value);
      else this.setHeader(name, value);
      seen.add(name);
    }
    return writeHead.call(this, status, ...rest.slice(0, -1));
  };
}
