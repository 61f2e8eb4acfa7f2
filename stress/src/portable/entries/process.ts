import { type PortableRequest, REPORT_MARKER, runSuites } from '../run-suites.js';

declare const Deno: { env: { get(name: string): string | undefined } } | undefined;

function readRequest(): PortableRequest {
  const raw =
    typeof Deno !== 'undefined'
      ? Deno.env.get('STRESS_REQUEST')
      : (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
          .STRESS_REQUEST;
  if (!raw) throw new Error('STRESS_REQUEST is not set');
  return JSON.parse(raw) as PortableRequest;
}

const report = await runSuites(readRequest());
console.log(`${REPORT_MARKER}${JSON.stringify(report)}`);
