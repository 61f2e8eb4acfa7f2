import { createServer } from 'node:net';

/** A TCP port that was free on `host` a moment ago (the OS picks it; nothing keeps it reserved). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error(`could not allocate a port on ${host}`));
      });
    });
  });
}

/** Options of {@link onFreePorts}. */
export interface OnFreePortsOptions {
  /** Where the ports are free (default `127.0.0.1`). */
  host?: string;
  /** How many starts at most, each on new ports (default 3). */
  attempts?: number;
  /** Called before each new start (default: one line on stderr saying so). */
  onRetry?: (error: unknown, attempt: number) => void;
}

/** Whether `error` says a port was in use: its `code`, or the output `startServer` rejects with. */
function addressInUse(error: unknown): boolean {
  return (
    (error as { code?: unknown } | null)?.code === 'EADDRINUSE' ||
    String((error as { message?: unknown } | null)?.message).includes('EADDRINUSE')
  );
}

/**
 * Runs `start(...ports)` on `count` free ports, and again on new ones (up to `attempts` times in
 * all) when it fails because a port was taken in the meantime (EADDRINUSE): `freePort()` reserves
 * nothing, and test lanes running alongside may bind the same port first. Any other failure, or
 * the last attempt's, rejects as it is. `start` must clean up after itself when it fails (as
 * `startServer` does).
 */
export async function onFreePorts<T>(
  count: number,
  start: (...ports: number[]) => Promise<T>,
  options: OnFreePortsOptions = {},
): Promise<{ ports: number[]; server: T }> {
  const attempts = options.attempts ?? 3;
  const onRetry =
    options.onRetry ??
    (() => console.warn('a port was taken meanwhile (EADDRINUSE): starting again on new ports'));
  for (let attempt = 1; ; attempt++) {
    const ports: number[] = [];
    while (ports.length < count) {
      const port = await freePort(options.host);
      if (!ports.includes(port)) ports.push(port);
    }
    try {
      return { ports, server: await start(...ports) };
    } catch (error) {
      if (attempt >= attempts || !addressInUse(error)) throw error;
      onRetry(error, attempt);
    }
  }
}
