/**
 * Edge cold-start child: a fresh Node process (so V8's compilation cache is cold) creates one
 * `@edge-runtime/vm` isolate, evaluates the bundled app (EDGE_BUNDLE) and answers one request
 * (EDGE_JOB, JSON). One JSON line out.
 */
import { readFileSync } from 'node:fs';
import { EdgeVM } from '@edge-runtime/vm';

const code = readFileSync(process.env.EDGE_BUNDLE ?? '', 'utf8');
const job = JSON.parse(process.env.EDGE_JOB ?? '{}');
const t0 = performance.now();
const vm = new EdgeVM({ extend: (context) => Object.assign(context, { process: { env: {} } }) });
const t1 = performance.now();
vm.evaluate(code);
const t2 = performance.now();
const signedIn = await vm.context.__coldRun(job);
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({ signedIn, isolateMs: t1 - t0, evaluateMs: t2 - t1, firstRequestMs: t3 - t2, firstAnswerMs: t3 - t1 })}\n`,
);
