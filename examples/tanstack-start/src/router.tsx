import { createRouter } from '@tanstack/react-router';
import { routeTree } from './routeTree.gen';

/** The app's router; TanStack Start calls this once per request on the server. */
export function getRouter() {
  return createRouter({ routeTree, scrollRestoration: true, defaultPreload: false });
}
