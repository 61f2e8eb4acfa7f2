/**
 * A fresh Node process for `sdk-loading.test.ts`: a Hono app on the BUILT adapter answers one
 * signed-in request, then starts a sign-in. Prints, as one JSON line, each answer's status and how
 * many `@workos-inc/node` modules had loaded by then (recorded by `module-probe.mjs`).
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { authkit, authkitRoutes, requireAuth } from '../../dist/index.js';

const { bindings, cookie, probeFile } = JSON.parse(process.env.SDK_CHILD_JOB ?? '{}');
const sdkModules = () =>
  readFileSync(probeFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes('/@workos-inc/node/')).length;

const app = new Hono();
app.use(authkit());
app.route('/', authkitRoutes());
app.get('/api/me', requireAuth(), (c) => c.json({ email: c.var.auth.user.email }));

const origin = 'http://localhost:3903';
const me = await app.request(`${origin}/api/me`, { headers: { cookie } }, bindings);
const afterVerify = { status: me.status, body: await me.json(), sdkModules: sdkModules() };
const signIn = await app.request(`${origin}/login`, {}, bindings);
const afterSignIn = {
  status: signIn.status,
  location: signIn.headers.get('location'),
  sdkModules: sdkModules(),
};
process.stdout.write(`${JSON.stringify({ afterVerify, afterSignIn })}\n`);
