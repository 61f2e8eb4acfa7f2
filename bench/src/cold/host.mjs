/**
 * Cold-start child: a fresh Node process that imports one library, configures it, and answers
 * one signed-in request (which fetches the key set and verifies the token), through `app.mjs`.
 * Job in COLD_JOB (JSON: library, its entry module, config, cookie header); one JSON line out. `performance.now()` counts from the process's start,
 * so `firstAnswerMs` includes Node's boot.
 */
import { answer, serviceOf } from './app.mjs';

const job = JSON.parse(process.env.COLD_JOB ?? '{}');
const scriptStartMs = performance.now();
const lib = await import(job.entry);
const importedMs = performance.now();
const service = serviceOf(lib, job.library, job.config);
const configuredMs = performance.now();
const signedIn = await answer(service, job.cookieHeader);
const answeredMs = performance.now();
process.stdout.write(
  `${JSON.stringify({
    signedIn,
    bootMs: scriptStartMs,
    importMs: importedMs - scriptStartMs,
    configureMs: configuredMs - importedMs,
    firstRequestMs: answeredMs - configuredMs,
    firstAnswerMs: answeredMs,
  })}\n`,
);
