import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { environmentWithoutWorkos, freePort, startServer } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';

const devEntry = fileURLToPath(new URL('../dist/dev.js', import.meta.url));

describe('dist/dev.js (the development entry point)', () => {
  it('refuses to run with NODE_ENV=production', async () => {
    expect(existsSync(devEntry), 'run `pnpm build` first').toBe(true);
    const child = spawn(process.execPath, [devEntry], {
      env: { ...environmentWithoutWorkos(), NODE_ENV: 'production', PORT: '0' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('is for development');
  });

  it('binds 127.0.0.1 in development, with the emulator', async () => {
    const [port, emulatorPort] = [await freePort(), await freePort()];
    const server = await startServer({
      command: process.execPath,
      args: [devEntry],
      env: {
        ...environmentWithoutWorkos(),
        PORT: String(port),
        EMULATOR_PORT: String(emulatorPort),
      },
      ready: { output: 'listening on' },
      timeoutMs: 15_000,
    });
    try {
      expect(server.output()).toContain(`listening on http://127.0.0.1:${port}`);
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
