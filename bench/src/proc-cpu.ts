import { readdirSync, readFileSync } from 'node:fs';

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the thread or process has gone
  }
}

/** The process `pid` and its descendants (Linux `/proc`). */
function tree(pid: number): number[] {
  const all = [pid];
  for (const tid of readdirSync(`/proc/${pid}/task`, { withFileTypes: false })) {
    for (const child of read(`/proc/${pid}/task/${tid}/children`).split(' ')) {
      if (child.trim()) all.push(...tree(Number(child)));
    }
  }
  return all;
}

/**
 * CPU time in microseconds that process `pid` and its descendants have run so far, summed over
 * their live threads from `/proc/<pid>/task/<tid>/schedstat` (nanoseconds, unlike `stat`'s
 * 10 ms ticks). For a server spawned as an executable (`next start`) where `process.cpuUsage()`
 * cannot be asked; threads that have exited are not counted (Node's are long-lived). Linux only.
 */
export function processTreeCpuUs(pid: number): number {
  let ns = 0;
  for (const p of tree(pid)) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const tid of tids)
      ns += Number(read(`/proc/${p}/task/${tid}/schedstat`).split(' ')[0] ?? 0);
  }
  return ns / 1000;
}
