import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, onFreePorts } from './port.js';
import { environmentWithoutWorkos, startServer } from './process.js';

const node = process.execPath;
/** Whether `pid` is a running process (a zombie waiting for its parent to reap it counts as ended). */
const alive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

/** A Node script that answers HTTP on PORT and prints `listening on …`. */
const httpServer = `
  const { createServer } = require('node:http');
  createServer((req, res) => res.end('hi')).listen(Number(process.env.PORT), '127.0.0.1', () =>
    console.log('listening on ' + process.env.PORT));
`;

describe('freePort', () => {
  it('returns a port a server can then listen on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('startServer', () => {
  it('resolves once the output says it is ready, and stop() ends it', async () => {
    const port = await freePort();
    const server = await startServer({
      command: node,
      args: ['-e', httpServer],
      env: { ...process.env, PORT: String(port) },
      ready: { output: 'listening on' },
    });
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('hi');
    expect(server.output()).toContain(`listening on ${port}`);
    await server.stop();
    expect(server.child.exitCode ?? server.child.signalCode).not.toBeNull();
  });

  it('resolves once the URL answers', async () => {
    const port = await freePort();
    const server = await startServer({
      command: node,
      args: ['-e', `setTimeout(() => {${httpServer}}, 300)`],
      env: { ...process.env, PORT: String(port) },
      ready: { url: `http://127.0.0.1:${port}/` },
    });
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    await server.stop();
  });

  it('rejects with the output when the process exits before it is ready', async () => {
    await expect(
      startServer({
        command: node,
        args: ['-e', 'console.error("missing WORKOS_CLIENT_ID"); process.exit(3)'],
        ready: { output: 'listening on' },
      }),
    ).rejects.toThrow(/exited with 3 before it was ready[\s\S]*missing WORKOS_CLIENT_ID/);
  });

  it('rejects and stops the process when it is not ready in time', async () => {
    let printed = '';
    await expect(
      startServer({
        command: node,
        args: ['-e', 'console.log("pid " + process.pid); setInterval(() => {}, 1000)'],
        ready: { output: 'never printed' },
        timeoutMs: 1000,
        onOutput: (chunk) => {
          printed += chunk;
        },
      }),
    ).rejects.toThrow(/was not ready within 1s[\s\S]*pid \d+/);
    const pid = Number(/pid (\d+)/.exec(printed)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
  });

  it('stop() ends the whole process group, grandchildren included', async () => {
    const grandchild = `require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }).pid`;
    const server = await startServer({
      command: node,
      args: ['-e', `console.log('grandchild ' + ${grandchild}); setInterval(() => {}, 1000)`],
      ready: { output: 'grandchild ' },
    });
    const grandchildPid = Number(/grandchild (\d+)/.exec(server.output())?.[1]);
    expect(alive(grandchildPid)).toBe(true);
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(grandchildPid)).toBe(false);
  });
});

describe('onFreePorts', () => {
  it('starts again on new ports when a port was taken meanwhile (EADDRINUSE)', async () => {
    // The first start gets a port another server holds, as when a lane alongside bound it first.
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const taken = (holder.address() as { port: number }).port;
    const tried: number[] = [];
    const retries: unknown[] = [];
    const { ports, server } = await onFreePorts(
      2,
      (port, other) => {
        expect(other).not.toBe(port);
        const use = tried.length === 0 ? taken : port;
        tried.push(use);
        return startServer({
          command: node,
          args: ['-e', httpServer],
          env: { ...process.env, PORT: String(use) },
          ready: { output: 'listening on' },
        });
      },
      { onRetry: (error) => retries.push(error) },
    );
    try {
      expect(tried).toEqual([taken, ports[0]]);
      expect(String(retries[0])).toContain('EADDRINUSE');
      expect(await (await fetch(`http://127.0.0.1:${ports[0]}/`)).text()).toBe('hi');
    } finally {
      await server.stop();
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('gives up after `attempts`, and at once on any other failure', async () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    let calls = 0;
    const failing = (error: Error) => async () => {
      calls++;
      throw error;
    };
    const options = { attempts: 2, onRetry: () => {} };
    await expect(onFreePorts(1, failing(inUse), options)).rejects.toBe(inUse);
    expect(calls).toBe(2);
    calls = 0;
    await expect(
      onFreePorts(1, failing(new Error('missing WORKOS_CLIENT_ID')), options),
    ).rejects.toThrow('missing WORKOS_CLIENT_ID');
    expect(calls).toBe(1);
  });
});

describe('environmentWithoutWorkos', () => {
  it('drops every WORKOS_* variable and keeps the rest', () => {
    expect(
      environmentWithoutWorkos({ WORKOS_API_KEY: 'sk_live', WORKOS_CLIENT_ID: 'c', PATH: '/bin' }),
    ).toEqual({ PATH: '/bin' });
  });
});
