import { createFileRoute } from '@tanstack/react-router';

// Which Node runs the server (the dev-server test checks it runs the version it asked for).
export const Route = createFileRoute('/api/runtime')({
  server: { handlers: { GET: () => Response.json({ node: process.versions.node }) } },
});
