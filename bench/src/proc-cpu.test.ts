import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processTreeCpuUs } from './proc-cpu.js';

const spin = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe.runIf(process.platform === 'linux')('processTreeCpuUs', () => {
  it('counts this process’s CPU time like process.cpuUsage()', () => {
    const before = { tree: processTreeCpuUs(process.pid), usage: process.cpuUsage() };
    spin(200);
    const tree = processTreeCpuUs(process.pid) - before.tree;
    const usage = process.cpuUsage(before.usage);
    const used = usage.user + usage.system;
    expect(tree).toBeGreaterThan(0.7 * used);
    expect(tree).toBeLessThan(1.5 * used + 20_000);
  });

  it('includes the CPU time of child processes', async () => {
    // The child burns 300 ms of CPU time (however long that takes on a busy machine), says so,
    // and stays alive.
    const child = spawn(process.execPath, [
      '-e',
      'while (process.cpuUsage().user < 300_000); console.log("done"); setTimeout(() => {}, 10_000)',
    ]);
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const own = process.cpuUsage();
      expect(processTreeCpuUs(process.pid) - (own.user + own.system)).toBeGreaterThan(250_000);
    } finally {
      child.kill();
    }
  });
});
