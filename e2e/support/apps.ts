import { fileURLToPath } from 'node:url';

/** An example app the scenario runs against. */
export interface ExampleApp {
  /** Short name: the Playwright project name and the artifacts folder. */
  name: string;
  /** The workspace package name (`pnpm --filter <package>`). */
  packageName: string;
  /** Absolute path of the example's folder. */
  dir: string;
  /** A file (relative to `dir`) that exists only after the production build. */
  buildOutput: string;
  /** The path of its callback route (`WORKOS_REDIRECT_URI`); `/callback` when not given. */
  callbackPath?: string;
  /** Specs (in `e2e/`) this example runs besides the scenario, for pages only it has. */
  extraSpecs?: readonly string[];
  /** The variable that names the callback URL; `WORKOS_REDIRECT_URI` when not given. */
  redirectUriEnv?: string;
}

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
const compatDir = fileURLToPath(new URL('../../compat/', import.meta.url));

function example(name: string, buildOutput: string): ExampleApp {
  return { name, packageName: `example-${name}`, dir: `${examplesDir}${name}`, buildOutput };
}

/** Every example, in the order the suite runs them. */
export const exampleApps: readonly ExampleApp[] = [
  {
    ...example('next', '.next/BUILD_ID'),
    extraSpecs: ['client-switch.spec.ts', 'next-signed-out-action.spec.ts'],
  },
  { ...example('hono', 'dist/server.js'), extraSpecs: ['custom-sign-in.spec.ts'] },
  {
    ...example('tanstack-start', 'dist/server/server.js'),
    extraSpecs: ['client-switch.spec.ts', 'tanstack-token.spec.ts'],
  },
  example('express', 'dist/server.js'),
];

/** The examples built on the React layer (`@workos/authkit-session-react`): `client-hooks.spec.ts`. */
export const reactApps: readonly string[] = ['next', 'tanstack-start'];

/**
 * Apps built on published packages (`compat/`). Not part of this suite's projects: each one's
 * own package runs its spec with these fixtures.
 */
export const compatApps: readonly ExampleApp[] = [
  {
    name: 'published-tanstack-react-start',
    packageName: '@authkit-internal/compat-tanstack-react-start',
    dir: `${compatDir}tanstack-react-start`,
    buildOutput: 'dist/server/server.js',
    callbackPath: '/api/auth/callback',
  },
  {
    name: 'tanstack-anchor-readme',
    packageName: '@authkit-internal/compat-tanstack-anchor-readme',
    dir: `${compatDir}tanstack-anchor-readme`,
    buildOutput: 'dist/server/server.js',
    callbackPath: '/api/auth/callback',
  },
  {
    name: 'published-authkit-nextjs-calls',
    packageName: '@authkit-internal/compat-authkit-nextjs',
    dir: `${compatDir}authkit-nextjs`,
    buildOutput: '.next/BUILD_ID',
    // The original Next adapter's README names the callback URL this way.
    redirectUriEnv: 'NEXT_PUBLIC_WORKOS_REDIRECT_URI',
  },
];

/** The example (or compat app) called `name`, or a clear error naming the known ones. */
export function exampleApp(name: string): ExampleApp {
  const known = [...exampleApps, ...compatApps];
  const app = known.find((candidate) => candidate.name === name);
  if (!app) {
    const knownNames = known.map((candidate) => candidate.name).join(', ');
    throw new Error(`Unknown example "${name}" (known: ${knownNames})`);
  }
  return app;
}

/**
 * The examples selected by `E2E_APPS` (comma-separated names), or all of them.
 * Meant for local runs while an example is being written; CI runs all of them.
 */
export function selectedApps(selection = process.env.E2E_APPS): readonly ExampleApp[] {
  const names = (selection ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length === 0 ? exampleApps : names.map(exampleApp);
}
