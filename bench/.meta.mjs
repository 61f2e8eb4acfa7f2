import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = process.argv[2] ?? `export * from '@workos/authkit-session';`;
const r = await build({
  stdin: { contents: entry, resolveDir: '/work/wt/i21/bench/src', loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['workerd', 'worker', 'browser'],
  external: ['@workos-inc/node'],
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const code = r.outputFiles[0].contents;
console.log('min', code.byteLength, 'gz', gzipSync(code, { level: 9 }).byteLength);
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs)
  .map(([k, v]) => [v.bytesInOutput, k])
  .sort((a, b) => b[0] - a[0]);
const groups = {};
for (const [b, k] of rows) {
  const g = k.includes('node_modules')
    ? k
        .replace(/.*node_modules\//, '')
        .split('/')
        .slice(0, k.includes('/@') ? 2 : 1)
        .join('/')
    : 'core';
  groups[g] = (groups[g] || 0) + b;
}
console.log(groups);
for (const [b, k] of rows.slice(0, 40)) console.log(b, k.replace(/.*node_modules\//, ''));
