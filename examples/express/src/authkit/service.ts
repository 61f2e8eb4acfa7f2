import { createAuthService } from '@workos/authkit-session';
import type { Request, Response } from 'express';
import { ExpressSessionStorage } from './storage.js';

/**
 * The app's one auth service. Configuration comes from the `WORKOS_*` environment variables and
 * is read lazily, on the first request that needs it.
 */
export const authService = createAuthService<Request, Response>({
  sessionStorageFactory: (config) => new ExpressSessionStorage(config),
});
