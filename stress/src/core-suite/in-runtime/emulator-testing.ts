// `@workos/authkit-emulator/testing` as the core tests see it inside a runtime: the per-file
// emulator fixture (on the emulator proxy) and `m2mToken` (plain `fetch`). The entry's process and
// browser helpers are Node-only and no core test imports them.
export * from '../../../../packages/emulator/src/testing/fixture.js';
export { m2mToken } from '../../../../packages/emulator/src/testing/m2m.js';
