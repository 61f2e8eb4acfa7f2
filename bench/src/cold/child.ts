import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs one cold-start child (`node ...args`, in `bench/src` with only PATH and `env`) and resolves
 * with the JSON line it prints; rejects when it fails or does not end signed in.
 */
export function runColdChild<T extends { signedIn: boolean }>(
  label: string,
  args: string[],
  env: Record<string, string>,
): Promise<T> {
  const child = spawn(process.execPath, args, {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${label} exited with ${code}`));
      const run = JSON.parse(out.trim()) as T;
      if (!run.signedIn) return reject(new Error(`${label}: not signed in`));
      resolve(run);
    });
  });
}

/** The contenders of the cold-start scenarios, as `app.mjs` names them. */
export type ColdLibrary = 'ours' | 'oursAdapter' | 'original';
export const COLD_LIBRARIES: readonly ColdLibrary[] = ['ours', 'oursAdapter', 'original'];

/** The module each contender imports. */
export const COLD_ENTRIES: Record<ColdLibrary, string> = {
  ours: '@workos/authkit-session',
  oursAdapter: '@workos/authkit-session/adapter',
  original: 'authkit-session-original',
};

/** Round r's order: starting at contender r mod 3, backwards on odd rounds. */
export function roundOrder(r: number): ColdLibrary[] {
  const rotated = COLD_LIBRARIES.map((_, k) => COLD_LIBRARIES[(r + k) % COLD_LIBRARIES.length]);
  return (r % 2 === 0 ? rotated : rotated.reverse()) as ColdLibrary[];
}
