import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The emulator's snake_case authenticate response (the parts the bench uses). */
export interface SignInJson {
  access_token: string;
  refresh_token: string;
  user: Record<string, unknown>;
  organization_id?: string;
}

/** Connection details of the emulator child process. */
export interface EmulatorInfo {
  url: string;
  clientId: string;
  apiKey: string;
  env: Record<string, string>;
}

/** The emulator running in its own process, driven over IPC. */
export class EmulatorProcess {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    (reply: { result?: unknown; error?: string }) => void
  >();

  private constructor(
    private readonly child: ChildProcess,
    readonly info: EmulatorInfo,
  ) {
    child.on('message', (message: { id?: number; result?: unknown; error?: string }) => {
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  /** Starts the emulator child process and waits until it listens. */
  static async start(): Promise<EmulatorProcess> {
    const child = fork(fileURLToPath(new URL('./emulator-host.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const info = await new Promise<EmulatorInfo>((resolve, reject) => {
      child.once('message', (m: { ready?: EmulatorInfo }) =>
        m.ready ? resolve(m.ready) : reject(new Error('emulator did not start')),
      );
      child.once('exit', (code) => reject(new Error(`emulator exited (${code})`)));
    });
    return new EmulatorProcess(child, info);
  }

  private call<T>(method: string, ...args: unknown[]): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (reply) =>
        reply.error ? reject(new Error(reply.error)) : resolve(reply.result as T),
      );
      this.child.send({ id, method, args });
    });
  }

  /** Signs a seeded user in `count` times: `count` distinct sessions with real tokens. */
  signInMany(count: number, user: string, organizationId?: string): Promise<SignInJson[]> {
    return this.call('signInMany', count, user, organizationId);
  }

  /** Shifts the emulator's clock (negative: tokens minted in the past, i.e. already expired). */
  setClockOffset(seconds: number): Promise<void> {
    return this.call('setClockOffset', seconds);
  }

  /** How many refresh-token grants the emulator has received. */
  refreshCalls(): Promise<number> {
    return this.call('refreshCalls');
  }

  /** Forgets the call log. */
  clearCalls(): Promise<void> {
    return this.call('clearCalls');
  }

  /** Stops the emulator process. */
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    await exited;
  }
}
