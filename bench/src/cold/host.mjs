/**
 * Cold-start child: a fresh Node process that imports one library, configures it, and answers
 * one signed-in request (which fetches the key set and verifies the token). Plain JS on purpose:
 * no TypeScript loader distorts the import time. Job in COLD_JOB (JSON); one JSON line out.
 * `performance.now()` counts from the process's start, so `firstAnswerMs` includes Node's boot.
 */
const job = JSON.parse(process.env.COLD_JOB ?? '{}');
const noEnv = () => undefined;

function cookieOf(request, name) {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

const scriptStartMs = performance.now();
const ENTRIES = {
  ours: '@workos/authkit-session',
  oursAdapter: '@workos/authkit-session/adapter',
  original: 'authkit-session-original',
};
const lib = await import(ENTRIES[job.library]);
const importedMs = performance.now();

class Storage extends lib.CookieSessionStorage {
  async getCookie(request, name) {
    return cookieOf(request, name);
  }
}
let service;
if (job.library !== 'original') {
  lib.configure({}, noEnv);
  service = lib.createAuthService({
    sessionStorageFactory: (config) => new Storage(config),
    config: job.config,
  });
} else {
  lib.configure(job.config, noEnv);
  service = lib.createAuthService({ sessionStorageFactory: (config) => new Storage(config) });
}
const configuredMs = performance.now();
const request = new Request('http://localhost/', { headers: { cookie: job.cookieHeader } });
const { auth } = await service.withAuth(request);
const answeredMs = performance.now();
process.stdout.write(
  `${JSON.stringify({
    signedIn: auth.user !== null,
    bootMs: scriptStartMs,
    importMs: importedMs - scriptStartMs,
    configureMs: configuredMs - importedMs,
    firstRequestMs: answeredMs - configuredMs,
    firstAnswerMs: answeredMs,
  })}\n`,
);
