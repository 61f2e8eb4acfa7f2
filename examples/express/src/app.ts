import { fileURLToPath } from 'node:url';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { authkit } from './authkit/middleware.js';
import { authService } from './authkit/service.js';
import { sessionRoutes } from './authkit/session-routes.js';
import { signInRoutes } from './authkit/sign-in-routes.js';
import { notFoundPage } from './pages/error.js';
import { html } from './pages/html.js';
import { layout } from './pages/layout.js';
import { pageRoutes } from './routes/pages.js';

const renderUnexpectedError: ErrorRequestHandler = (error, _req, res, next) => {
  console.error(error);
  if (res.headersSent) return next(error);
  const page = layout('Error', html`<h1>Something went wrong</h1><p>Please try again.</p>`);
  res.status(500).type('html').send(page);
};

/** Builds the Express app: sign-in routes, then the session middleware, then everything else. */
export function createApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  // The examples' shared stylesheet.
  app.get('/authkit.css', (_req, res) => {
    res.sendFile(fileURLToPath(new URL('../public/authkit.css', import.meta.url)));
  });

  app.use(signInRoutes(authService));
  app.use(authkit(authService));
  app.use(sessionRoutes(authService));
  app.use(pageRoutes());
  app.use((_req, res) => {
    res.status(404).type('html').send(notFoundPage());
  });

  app.use(renderUnexpectedError);
  return app;
}
