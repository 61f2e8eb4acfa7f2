import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import expected from './exports.expected.json' with { type: 'json' };

// The public surface: a change here is a visible diff. After an intended change, edit the lists in
// exports.expected.json (plain `toEqual`, since the runtime matrix runs this file on runtimes
// without snapshot support).
const namesOf = async (entry: Promise<object>) => Object.keys(await entry).sort();

describe('package exports', () => {
  it('has the entry points, each reachable with moduleResolution node10 too', () => {
    expect(Object.keys(manifest.exports)).toEqual(expected.entries);
    expect(manifest.types).toBe(manifest.exports['.'].types);
    for (const entry of Object.keys(manifest.exports)) {
      if (entry === '.' || entry === './package.json') continue;
      expect((manifest.typesVersions['*'] as Record<string, string[]>)[entry.slice(2)]).toEqual([
        (manifest.exports as Record<string, { types?: string }>)[entry]?.types,
      ]);
    }
  });

  it('"." exports: the surface of 0.7.1 plus the documented additions, nothing else', async () => {
    const names = await namesOf(import('./index.js'));
    expect(names).toEqual(expected['.']);
    // What the main entry adds to 0.7.1: the error classes and codes, and the README's helpers.
    const original = Object.keys(await import('authkit-session-original'));
    const additions = names.filter((name) => !original.includes(name));
    const errors = Object.keys(await import('./errors.js'));
    expect(additions.filter((name) => !errors.includes(name))).toEqual(expected.additionsBeyond071);
  });

  it('"./adapter" exports: the adapter kit, plus the main entry without its SDK accessors', async () => {
    const names = await namesOf(import('./adapter-kit/index.js'));
    const main = await namesOf(import('./index.js'));
    const kit = names.filter((name) => !main.includes(name));
    expect(kit).toEqual(expected['./adapter']);
    expect(main.filter((name) => !names.includes(name))).toEqual(expected.sdkAccessors);
    // Same bindings: a class from either entry is the same class.
    const adapter = (await import('./adapter-kit/index.js')) as Record<string, unknown>;
    const root = (await import('./index.js')) as Record<string, unknown>;
    for (const name of names.filter((n) => main.includes(n)))
      expect(adapter[name]).toBe(root[name]);
  });

  it('"." has every runtime export of the published 0.7.1 (drop-in)', async () => {
    const ours = await import('./index.js');
    const original = await import('authkit-session-original');
    const missing = Object.keys(original).filter((name) => !(name in ours));
    expect(missing).toEqual([]);
    for (const name of Object.keys(original)) {
      expect(typeof ours[name as keyof typeof ours], name).toBe(
        typeof original[name as keyof typeof original],
      );
    }
  });

  it('"./client" exports', async () => {
    expect(await namesOf(import('./client/index.js'))).toEqual(expected['./client']);
  });

  it('"./testing" exports', async () => {
    expect(await namesOf(import('./testing/index.js'))).toEqual(expected['./testing']);
  });
});
