/** One request the emulator received. */
export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** `grant_type` of a `/user_management/authenticate` call. */
  grantType?: string;
  /** `organization_id` sent with an authenticate call, if any. */
  organizationId?: string;
  /**
   * The session an authenticate call was about: the one its code opened, or the one its refresh
   * token belongs to (also for failed or faulted calls). Unset for unknown codes and tokens.
   */
  sessionId?: string;
  requestId: string;
  /** True when an injected fault answered (or dropped) the call. */
  faulted: boolean;
  at: string;
}

/** Filters for {@link CallLog.list}. */
export interface CallFilter {
  path?: string;
  method?: string;
  grantType?: string;
  sessionId?: string;
}

/** The log of calls received (test controls and `/health` are not recorded). */
export class CallLog {
  private entries: RecordedCall[] = [];

  constructor(private readonly onCall?: (call: RecordedCall) => void) {}

  /** Records a call (and reports it to the `onCall` listener, if any). */
  record(call: RecordedCall): void {
    this.entries.push(call);
    this.onCall?.(call);
    if (this.entries.length > 10_000) this.entries.shift();
  }

  /** Calls matching the filter, oldest first. */
  list(filter: CallFilter = {}): RecordedCall[] {
    return this.entries.filter(
      (c) =>
        (!filter.path || c.path === filter.path) &&
        (!filter.method || c.method === filter.method.toUpperCase()) &&
        (!filter.grantType || c.grantType === filter.grantType) &&
        (!filter.sessionId || c.sessionId === filter.sessionId),
    );
  }

  /** Forgets every recorded call. */
  clear(): void {
    this.entries = [];
  }
}
