export * from './api-key.js';
export * from './kit.js';
export * from './middleware.js';
export * from './recent-auth.js';
export { defaultErrorPage } from './respond.js';
export * from './routes.js';
export * from './storage.js';
export type * from './types.js';
