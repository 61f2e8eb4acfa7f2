import { allSuites } from './all-suites.js';
import { type PortableContext, type PortableRunReport, runTests } from './mini-test.js';

/** What the parent sends into a runtime: the context plus which suites to run. */
export interface PortableRequest extends PortableContext {
  suites: string[];
}

/** Runs the named suites in this runtime; an unknown suite name is reported as a failure. */
export async function runSuites(request: PortableRequest): Promise<PortableRunReport> {
  const tests = request.suites.flatMap(
    (name) =>
      allSuites[name] ?? [
        {
          name: `${name} › suite exists`,
          run: async () => {
            throw new Error(`no portable suite named ${name}`);
          },
        },
      ],
  );
  return runTests(tests, request);
}

/** Marker line a process runtime prints its report after, so the parent can find it in stdout. */
export const REPORT_MARKER = '@@stress-report ';
