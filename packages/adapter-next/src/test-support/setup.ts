import { AsyncLocalStorage } from 'node:async_hooks';

// `next start` installs AsyncLocalStorage globally before loading route modules; do the same for tests.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
