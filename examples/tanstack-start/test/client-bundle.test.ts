import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { findLeaks, serverOnlyMarkers } from '../scripts/check-client-bundle.mjs';

describe('client bundle', () => {
  it('contains none of the server-only markers', () => {
    expect(findLeaks()).toEqual([]);
  });

  it('the markers are real: the server bundle contains them', () => {
    const found = new Set(
      (findLeaks(new URL('../dist/server', import.meta.url).pathname) as { marker: string }[]).map(
        (leak) => leak.marker,
      ),
    );
    expect(serverOnlyMarkers.filter((marker: string) => !found.has(marker))).toEqual([]);
  });
});
