import { createTestApp } from './app.js';

/** The test app as a Cloudflare Worker: configuration comes from the worker's bindings. */
export default createTestApp();
