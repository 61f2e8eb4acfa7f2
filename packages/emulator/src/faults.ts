/** A fault to inject into the next `times` calls matching `path` (and `method`/`grantType` when given). */
export interface FaultSpec {
  /** Exact request path, or a prefix ending in `*` (e.g. `/sso/jwks/*`). */
  path: string;
  /** HTTP method; any when omitted. */
  method?: string;
  /** Only calls to `/user_management/authenticate` with this `grant_type`. */
  grantType?: string;
  /** Answer with this status instead of handling the call. Omit to only delay or reset. */
  status?: number;
  /** JSON body for `status`; defaults to `{ message }`. */
  body?: unknown;
  /** `Retry-After` seconds sent with 429/5xx; default 0 so SDK retries do not wait. `null` omits it. */
  retryAfter?: number | null;
  /** Wait this long before answering (or before handling the call normally). */
  delayMs?: number;
  /** Destroy the connection without answering (a network error for the client). */
  reset?: boolean;
  /** How many matching calls the fault applies to; default 1. */
  times?: number;
}

interface ArmedFault extends FaultSpec {
  remaining: number;
}

function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Faults waiting to be applied, consumed in the order they were injected. */
export class FaultQueue {
  private faults: ArmedFault[] = [];

  /** Arms a fault. */
  add(spec: FaultSpec): void {
    if (typeof spec.path !== 'string' || !spec.path.startsWith('/')) {
      throw new TypeError(
        'injectFault: "path" must be a request path such as /user_management/authenticate',
      );
    }
    if (spec.status === undefined && !spec.delayMs && !spec.reset) {
      throw new TypeError('injectFault: give a "status", a "delayMs" or "reset: true"');
    }
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) {
      throw new TypeError('injectFault: "times" must be a positive integer');
    }
    if (
      spec.status !== undefined &&
      !(Number.isInteger(spec.status) && spec.status >= 200 && spec.status <= 599)
    ) {
      throw new TypeError('injectFault: "status" must be an HTTP status between 200 and 599');
    }
    if (spec.delayMs !== undefined && !(typeof spec.delayMs === 'number' && spec.delayMs >= 0)) {
      throw new TypeError('injectFault: "delayMs" must be a number of milliseconds >= 0');
    }
    this.faults.push({ ...spec, remaining: times });
  }

  /** Takes one use of the first fault matching this call, if any. */
  take(method: string, path: string, grantType: string | undefined): FaultSpec | undefined {
    const fault = this.faults.find(
      (f) =>
        pathMatches(f.path, path) &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.grantType || f.grantType === grantType),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  /** Faults still armed. */
  pending(): FaultSpec[] {
    return this.faults.map(({ remaining, ...spec }) => ({ ...spec, times: remaining }));
  }

  /** Disarms every fault. */
  clear(): void {
    this.faults = [];
  }
}
