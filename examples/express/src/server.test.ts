import { describe, expect, it } from 'vitest';
import { startBuiltApp } from './test-support/built-app.js';

describe('server start-up', () => {
  it('refuses to start without configuration, naming every variable to set', async () => {
    const started = startBuiltApp({ WORKOS_COOKIE_PASSWORD: 'too-short' });
    await expect(started).rejects.toThrow(/exited with 1/);
    await expect(started).rejects.toThrow(/WORKOS_CLIENT_ID/);
    await expect(started).rejects.toThrow(/WORKOS_API_KEY/);
    await expect(started).rejects.toThrow(/WORKOS_COOKIE_PASSWORD/);
  });
});
