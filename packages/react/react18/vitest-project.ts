import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

// The one React 18 Vitest project of the workspace (the React layer and both React adapters):
// `react` and `react-dom` resolved to this private package's React 18.3, whose react-dom requires
// its own React. Import it by relative path from a `vitest.config.ts` (the config bundler inlines it).

const react18 = (name: string) =>
  realpathSync(fileURLToPath(new URL(`./node_modules/${name}`, import.meta.url)));

/**
 * The `react18` project: the config's tests (only those `include` names, when given) again on
 * React 18, with `EXPECTED_REACT_MAJOR=18` for the tests that check which React they run on.
 */
export function react18Project(include?: string[]): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: { name: 'react18', ...(include && { include }), env: { EXPECTED_REACT_MAJOR: '18' } },
    resolve: {
      alias: [
        { find: /^react-dom(\/.*)?$/, replacement: `${react18('react-dom')}$1` },
        { find: /^react(\/.*)?$/, replacement: `${react18('react')}$1` },
      ],
    },
  };
}
