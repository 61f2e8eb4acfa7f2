/** `--import` this to append the URL of every module the process loads to MODULE_PROBE_FILE. */
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
let file;
export function initialize(data) { file = data.file; }
export async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context); }
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, {
  data: { file: process.env.MODULE_PROBE_FILE },
});
