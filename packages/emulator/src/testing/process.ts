import { type ChildProcess, spawn } from 'node:child_process';

/** What `startServer` waits for before it resolves. */
export type ReadyWhen =
  /** A line of the server's output contains this text (e.g. `'listening on'`). */
  | { output: string }
  /** This URL answers HTTP (any status; redirects are not followed). */
  | { url: string };

/** How to start a server process. */
export interface StartServerOptions {
  /** The executable (`process.execPath` for a Node script), or a shell command with `shell: true`. */
  command: string;
  args?: string[];
  cwd?: string;
  /** The child's whole environment (start from `process.env` or `environmentWithoutWorkos()`). */
  env?: NodeJS.ProcessEnv;
  /** Run `command` through the shell (e.g. a package's `start` script). */
  shell?: boolean;
  ready: ReadyWhen;
  /** How long to wait for `ready` (default 30 s). */
  timeoutMs?: number;
  /** Every chunk the server writes to stdout or stderr (e.g. to keep a log file). */
  onOutput?: (chunk: Buffer) => void;
}

/** A server started by `startServer`: its own process group, stopped as one. */
export interface RunningServer {
  child: ChildProcess;
  /** What the server printed so far (stdout and stderr; the last 1 MB when it printed more). */
  output(): string;
  /** Stops the whole process group: SIGTERM, then SIGKILL after `graceMs` (default 5 s). */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_KEPT = 1_000_000;
const OUTPUT_IN_ERRORS = 4000;

/** `env` without any `WORKOS_*` variable, so a test decides every WorkOS setting itself. */
export function environmentWithoutWorkos(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('WORKOS_')));
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Stops `child` and every process it started (it must have been spawned `detached`). */
export function stopProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (exited(child) || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  return new Promise((resolve) => {
    const force = setTimeout(() => kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      kill('SIGKILL'); // anything of the group still running
      resolve();
    });
    kill('SIGTERM');
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether `url` answered before the deadline and while the child ran. */
async function waitForUrl(url: string, child: ChildProcess, deadline: number): Promise<boolean> {
  while (Date.now() < deadline && !exited(child)) {
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      await sleep(100);
    }
  }
  return false;
}

/** Whether the child printed `text` before the deadline (and before it exited). */
function waitForOutput(
  text: string,
  child: ChildProcess,
  output: () => string,
  deadline: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (output().includes(text) || exited(child)) done();
    };
    const timer = setTimeout(() => done(), Math.max(0, deadline - Date.now()));
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', check);
      resolve(output().includes(text) && !exited(child));
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', check);
    check();
  });
}

/**
 * Starts a server in its own process group and resolves once it is ready; rejects (after
 * stopping it) with its output when it exits first or is not ready within `timeoutMs`.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const child = spawn(options.command, options.args ?? [], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    shell: options.shell ?? false,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const record = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-OUTPUT_KEPT);
    options.onOutput?.(chunk);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  const output = () => tail;
  const deadline = Date.now() + timeoutMs;
  const ready = options.ready;
  const isReady =
    'url' in ready
      ? await waitForUrl(ready.url, child, deadline)
      : await waitForOutput(ready.output, child, output, deadline);
  if (!isReady) {
    const why = exited(child)
      ? `exited with ${child.exitCode ?? child.signalCode} before it was ready`
      : `was not ready within ${timeoutMs / 1000}s`;
    await stopProcessGroup(child);
    const waitedFor = 'url' in ready ? `an answer on ${ready.url}` : `"${ready.output}"`;
    throw new Error(
      `${options.command} ${why} (waited for ${waitedFor}).\n--- output (end) ---\n${tail.slice(-OUTPUT_IN_ERRORS)}`,
    );
  }
  return { child, output, stop: (graceMs) => stopProcessGroup(child, graceMs) };
}
