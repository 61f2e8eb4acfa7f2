import { tanstackStart } from '@tanstack/react-start/plugin/vite';
import viteReact from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  server: { port: 3002, strictPort: true },
  // EXAMPLE_OUT_DIR lets the adapter's tests build a private copy without racing `pnpm build`.
  build: { outDir: process.env.EXAMPLE_OUT_DIR || 'dist' },
  plugins: [tanstackStart(), viteReact()],
});
