/**
 * @workos/authkit-session — the runtime-agnostic WorkOS AuthKit session engine.
 * Request in, data + header bag out; Web standards only.
 *
 * This entry is the published 0.7.1's surface plus the additions the README documents. It loads
 * `@workos-inc/node` up front for the synchronous `getWorkOS()`; `@workos/authkit-session/adapter`
 * has the same session API without it (the SDK then loads on the first API call).
 */

export { createWorkOSClient, getWorkOS } from './client/workos.js';
export * from './main.js';
