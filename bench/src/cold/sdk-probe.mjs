/** `--import` this to record every `@workos-inc/node` module the process loads (SDK_PROBE_FILE). */
import { register } from 'node:module';

register('./sdk-probe-hooks.mjs', import.meta.url, { data: { file: process.env.SDK_PROBE_FILE } });
