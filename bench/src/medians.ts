/**
 * `pnpm bench:medians [since ISO date]`: the median over runs of each target's figure, from
 * results/run-*.json and results/partial-*.json (recomputed from the stored measurements with
 * today's targets), and how many runs met it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { median } from './stats.js';
import { type Measurements, targetRows } from './targets.js';

const since = process.argv[2] ?? '';
const dir = new URL('../results/', import.meta.url);
const files = readdirSync(dir)
  .filter((name) => /^(run|partial)-.*\.json$/.test(name))
  .sort();
const byId = new Map<
  string,
  { measurement: string; values: number[]; met: number; runs: number; reported: boolean }
>();
let used = 0;
for (const name of files) {
  const run = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as {
    date: string;
    measurements: Measurements;
  };
  if (run.date < since) continue;
  used++;
  for (const row of targetRows(run.measurements)) {
    if (row.value === undefined) continue;
    const entry = byId.get(row.id) ?? {
      measurement: row.measurement,
      values: [],
      met: 0,
      runs: 0,
      reported: row.met === null,
    };
    entry.values.push(row.value);
    entry.runs++;
    if (row.met) entry.met++;
    byId.set(row.id, entry);
  }
}
console.log(`${used} result files since ${since || 'the start'}`);
for (const [id, e] of byId) {
  const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3));
  console.log(
    `${id}\tmedian ${fmt(median(e.values))}\t[${e.values.map(fmt).join(', ')}]\t${e.reported ? `reported (${e.runs} runs)` : `met ${e.met}/${e.runs}`}\t${e.measurement}`,
  );
}
