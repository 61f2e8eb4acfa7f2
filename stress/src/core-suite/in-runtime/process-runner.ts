/**
 * The program Node 20.19, Bun and Deno run: imports each bundled core test file in turn, runs it and
 * prints its report on a marker line, asking the parent to stop any helper the file left running.
 */
import type { FileReport, FileRunRequest } from './harness.js';
import { FILE_MARKER } from './marker.js';

declare const Deno: { env: { get(name: string): string | undefined } } | undefined;

interface ProcessRequest {
  controlUrl: string;
  runtime: string;
  files: { name: string; path: string }[];
}

const raw =
  typeof Deno !== 'undefined'
    ? Deno.env.get('CORE_TEST_REQUEST')
    : (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
        .CORE_TEST_REQUEST;
const request = JSON.parse(raw ?? '{}') as ProcessRequest;
const realFetch = globalThis.fetch.bind(globalThis);

for (const file of request.files) {
  let report: FileReport;
  try {
    const mod = (await import(`file://${file.path}`)) as {
      run: (r: FileRunRequest) => Promise<FileReport>;
    };
    report = await mod.run({
      controlUrl: request.controlUrl,
      runtime: request.runtime,
      file: file.name,
    });
  } catch (error) {
    report = {
      file: file.name,
      results: [{ name: '(file) runs', ok: false, error: String(error), ms: 0 }],
    };
  }
  await realFetch(`${request.controlUrl}/cleanup`, { method: 'POST', body: '{}' }).then((r) =>
    r.text(),
  );
  console.log(`${FILE_MARKER}${JSON.stringify(report)}`);
}
if (typeof Deno !== 'undefined') (Deno as unknown as { exit(code: number): void }).exit(0);
else (globalThis as { process?: { exit?: (code: number) => void } }).process?.exit?.(0);
