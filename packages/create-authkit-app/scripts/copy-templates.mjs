#!/usr/bin/env node
// prepack: copies the repository's examples into templates/ (with the versions of our packages);
// postpack (--clean): removes them again. The examples are the only source of the templates.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeTemplates } from '../dist/pack.js';

const outDir = fileURLToPath(new URL('../templates/', import.meta.url));
if (process.argv.includes('--clean')) {
  rmSync(outDir, { recursive: true, force: true });
} else {
  writeTemplates(fileURLToPath(new URL('../../../', import.meta.url)), outDir);
}
