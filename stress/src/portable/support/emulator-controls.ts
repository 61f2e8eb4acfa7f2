/** The emulator's HTTP test controls (`/__emulator/*`), usable from any runtime through `fetch`. */
export class EmulatorControls {
  constructor(private readonly url: string) {}

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}/__emulator${path}`, {
      method,
      // the emulator's controls refuse state changes without a JSON content type
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`emulator control ${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** Changes emulator settings (token TTL, clock offset, refresh grace window, …). */
  settings(values: {
    accessTokenTtlSeconds?: number;
    clockOffsetSeconds?: number;
    refreshGraceSeconds?: number;
  }): Promise<unknown> {
    return this.call('POST', '/settings', values);
  }

  /** Arms a fault for the next matching calls. */
  injectFault(fault: Record<string, unknown>): Promise<unknown> {
    return this.call('POST', '/faults', fault);
  }

  /** Drops every armed fault. */
  clearFaults(): Promise<unknown> {
    return this.call('DELETE', '/faults');
  }

  /** Rotates the signing key. */
  rotateSigningKey(): Promise<unknown> {
    return this.call('POST', '/keys/rotate', {});
  }

  /** Number of calls received, optionally for one path and grant type. */
  async countCalls(filter: { path?: string; grantType?: string } = {}): Promise<number> {
    const query = new URLSearchParams();
    if (filter.path) query.set('path', filter.path);
    if (filter.grantType) query.set('grant_type', filter.grantType);
    const result = (await this.call('GET', `/calls?${query}`)) as { data: unknown[] };
    return result.data.length;
  }

  /** Forgets the call log. */
  clearCalls(): Promise<unknown> {
    return this.call('DELETE', '/calls');
  }

  /** Back to the default seed and settings. */
  reset(): Promise<unknown> {
    return this.call('POST', '/reset', {});
  }
}
