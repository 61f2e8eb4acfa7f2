import { describe, expect, it } from 'vitest';
import { appManifest, packageNameFor } from './manifest.js';

describe('appManifest', () => {
  const example = {
    name: 'example-hono',
    version: '0.0.0',
    private: true,
    dependencies: { '@workos/authkit-hono': 'workspace:*', hono: '4.13.19' },
    devDependencies: { typescript: '5.9.3' },
  };

  it('names the app and pins our packages to their released versions', () => {
    expect(appManifest(example, 'my-app', { '@workos/authkit-hono': '0.8.0' })).toEqual({
      ...example,
      name: 'my-app',
      version: '0.1.0',
      dependencies: { '@workos/authkit-hono': '^0.8.0', hono: '4.13.19' },
    });
  });

  it('refuses a workspace dependency that is not published', () => {
    expect(() => appManifest(example, 'my-app', {})).toThrow(
      /@workos\/authkit-hono, not published/,
    );
  });
});

describe('packageNameFor', () => {
  it.each([
    ['my-app', 'my-app'],
    ['My App', 'my-app'],
    ['  ..Weird__Name!! ', 'weird__name'],
    ['!!!', 'authkit-app'],
  ])('%j → %j', (folder, name) => {
    expect(packageNameFor(folder)).toBe(name);
  });
});
