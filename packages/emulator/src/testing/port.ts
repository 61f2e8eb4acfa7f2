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
