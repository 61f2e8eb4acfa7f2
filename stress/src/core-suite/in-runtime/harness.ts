/** Runs one bundled core test file inside a runtime and reports each test's outcome. */

import { loadFakeTimers, useRealTimers } from '../shim/fake-clock.js';
import {
  afterEveryStep,
  reportHandledLater,
  reportUnhandled,
  runCollected,
  type ShimTestResult,
} from '../shim/runner.js';
import { beforeEachWaitAttempt } from '../shim/vi.js';
import { connect, sync } from './control-client.js';

/** What the parent sends in: where its control server is, and the runtime's name. */
export interface FileRunRequest {
  controlUrl: string;
  runtime: string;
  file: string;
}

/** One file's outcome in one runtime. */
export interface FileReport {
  file: string;
  results: ShimTestResult[];
}

type Listener = (event: { reason: unknown; promise: unknown; preventDefault(): void }) => void;

function catchUnhandled(): void {
  const proc = (
    globalThis as {
      process?: { on?: (name: string, fn: (a: unknown, b?: unknown) => void) => void };
    }
  ).process;
  if (typeof proc?.on === 'function') {
    proc.on('unhandledRejection', (reason, promise) => reportUnhandled(reason, promise));
    proc.on('rejectionHandled', (promise) => reportHandledLater(promise));
    return;
  }
  const target = globalThis as unknown as { addEventListener?: (n: string, fn: Listener) => void };
  target.addEventListener?.('unhandledrejection', (event) => {
    event.preventDefault();
    reportUnhandled(event.reason, event.promise);
  });
  target.addEventListener?.('rejectionhandled', (event) => reportHandledLater(event.promise));
}

/** Collects the file's tests (importing it) and runs them in Vitest's order. */
export async function runFile(
  request: FileRunRequest,
  load: () => Promise<unknown>,
): Promise<FileReport> {
  connect(request.controlUrl);
  (globalThis as { __matrixRuntime?: string }).__matrixRuntime = request.runtime;
  catchUnhandled();
  afterEveryStep(sync);
  beforeEachWaitAttempt(sync);
  try {
    await loadFakeTimers();
    await load();
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      file: request.file,
      results: [{ name: '(file) loads', ok: false, error: message, ms: 0 }],
    };
  }
  const results = await runCollected();
  useRealTimers();
  return { file: request.file, results };
}
