import type { Machine } from './machine.js';
import type { ContenderStats } from './measure.js';

/** One row of the targets table. */
export interface TargetRow {
  id: string;
  measurement: string;
  ours: string;
  comparedWith: string;
  result: string;
  target: string;
  /** `null` when the issue sets no target for the row (reported only). */
  met: boolean | null;
  /** The figure the target is checked on (ratio, µs, bytes…), for medians over runs. */
  value?: number;
}

/** A detail table: one line per contender. */
export interface DetailTable {
  title: string;
  stats: ContenderStats[];
  note?: string;
}

const us = (x: number) =>
  x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(x < 10 ? 2 : 1)} µs`;
const rate = (x: number) => (x >= 10_000 ? `${Math.round(x / 1000)}k/s` : `${Math.round(x)}/s`);

/** Formats a per-contender summary: ops/s, median and p99 latency. */
export function summary(s: ContenderStats): string {
  return `${rate(s.opsPerSec)} (median ${us(s.medianUs)}, p99 ${us(s.p99Us)})`;
}

function verdict(met: boolean | null): string {
  if (met === null) return '— (no target)';
  return met ? '✅ met' : '❌ missed';
}

/** The markdown report. */
export function renderMarkdown(input: {
  date: string;
  machine: Machine;
  durationSec: number;
  rows: TargetRow[];
  details: DetailTable[];
  notes: string[];
}): string {
  const { machine } = input;
  const lines = [
    '# Benchmark results',
    '',
    `Run ${input.date} in ${input.durationSec.toFixed(0)} s · ${machine.nproc} cores (\`nproc\`), ${machine.cpuModel} · Node ${machine.node} · ${machine.platform} · load average at start ${machine.loadAverageAtStart.join(' / ')}`,
    '',
    'Each ratio compares contenders that ran in the same rounds, interleaved in time: per round, the rate of a typical request (1 / median latency), then the median over rounds; the spread of the per-round ratios and the same ratio from ops / wall time follow in brackets. Absolute figures depend on the machine and its load; p99 is over every timed request.',
    '',
    '## Targets',
    '',
    '| # | Measurement | Ours | Compared with | Result | Target | Met |',
    '|---|---|---|---|---|---|---|',
    ...input.rows.map(
      (r) =>
        `| ${r.id} | ${r.measurement} | ${r.ours} | ${r.comparedWith} | ${r.result} | ${r.target} | ${verdict(r.met)} |`,
    ),
    '',
    '## Details',
  ];
  for (const table of input.details) {
    lines.push(
      '',
      `### ${table.title}`,
      '',
      '| Contender | Timed ops | ops/s (median of rounds) | Median latency | p99 latency |',
      '|---|---|---|---|---|',
    );
    for (const s of table.stats) {
      lines.push(
        `| ${s.name} | ${s.ops} | ${rate(s.opsPerSec)} | ${us(s.medianUs)} | ${us(s.p99Us)} |`,
      );
    }
    if (table.note) lines.push('', table.note);
  }
  if (input.notes.length) lines.push('', '## Notes', '', ...input.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
