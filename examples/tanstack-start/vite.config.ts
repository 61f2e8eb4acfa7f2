import { tanstackStart } from '@tanstack/react-start/plugin/vite';
import viteReact from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // No CORS middleware in dev (not needed by this app). The adapter's middleware keeps every
  // Set-Cookie line even when Vite has set a header first (Node 20 used to keep only the last).
  server: { port: 3002, strictPort: true, cors: false },
  // EXAMPLE_OUT_DIR lets the adapter's tests build a private copy without racing `pnpm build`.
  build: { outDir: process.env.EXAMPLE_OUT_DIR || 'dist' },
  // The session engine (a direct dependency for its error-page helpers) is bundled into the
  // server build with the adapter that uses it, as when it comes only through the adapter.
  ssr: { noExternal: ['@workos/authkit-session'] },
  plugins: [tanstackStart(), viteReact()],
});
