import { tanstackStart } from '@tanstack/react-start/plugin/vite';
import viteReact from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // No CORS middleware in dev: a header it sets before the response makes Node (20) collapse
  // repeated Set-Cookie headers into the last one, losing the session cookie on /callback.
  server: { port: 3002, strictPort: true, cors: false },
  // EXAMPLE_OUT_DIR lets the adapter's tests build a private copy without racing `pnpm build`.
  build: { outDir: process.env.EXAMPLE_OUT_DIR || 'dist' },
  plugins: [tanstackStart(), viteReact()],
});
