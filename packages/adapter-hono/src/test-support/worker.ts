import { Hono } from 'hono';
import { getRuntimeKey } from 'hono/adapter';
import { createTestApp } from './app.js';

/** The test app as a Cloudflare Worker: configuration comes from the worker's bindings. */
const worker = new Hono();
worker.get('/__runtime', (c) => c.text(`${getRuntimeKey()} ${navigator.userAgent}`));
worker.route('/', createTestApp());

export default worker;
