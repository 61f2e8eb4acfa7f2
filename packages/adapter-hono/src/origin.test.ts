import { type Browser, parseSetCookieLine } from '@authkit-internal/conformance';
import { defaultIds } from '@workos/authkit-emulator';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './test-support/app.js';
import { browserFor } from './test-support/harness.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });

async function signedIn(): Promise<Browser> {
  const browser = browserFor(createTestApp(), emulator);
  expect((await browser.navigate('/login?returnPathname=/account')).status).toBe(200);
  return browser;
}

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const attackers = [
  { origin: 'https://evil.example' },
  { origin: 'http://evil.localhost:3903' },
  { origin: 'null' },
];

describe('state-changing routes refuse other origins', () => {
  it('POST /logout from another site or a sibling subdomain: 403, session kept', async () => {
    const browser = await signedIn();
    for (const headers of attackers) {
      const response = await browser.send('/logout', { method: 'POST', headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toContain('cross_origin_request');
      expect(response.headers.getSetCookie().map(parseSetCookieLine)).toEqual([]);
      expect(response.headers.get('cache-control')).toMatch(/no-store/);
    }
    expect((await browser.getJson('/api/me')).status).toBe(200);
    expect(emulator.calls({ path: '/user_management/sessions/logout' })).toEqual([]);
  });

  it('POST /switch-organization from another site: 403, organization unchanged', async () => {
    const browser = await signedIn();
    for (const headers of attackers) {
      const response = await browser.send('/switch-organization', {
        method: 'POST',
        headers: { ...form, ...headers },
        body: `organizationId=${defaultIds.globex}`,
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect((await browser.getJson('/api/me')).json).toMatchObject({
      organizationId: defaultIds.acme,
    });
  });

  it('a signed-out cross-site org switch never starts a sign-in into the form’s organization', async () => {
    const browser = browserFor(createTestApp(), emulator);
    const response = await browser.send('/switch-organization', {
      method: 'POST',
      headers: { ...form, origin: 'https://evil.example' },
      body: `organizationId=${defaultIds.globex}`,
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('location')).toBeNull();
    expect(browser.jar.names().filter((n) => n.startsWith('wos-auth-verifier'))).toEqual([]);
  });

  it('same-origin posts still work', async () => {
    const browser = await signedIn();
    const response = await browser.send('/logout', { method: 'POST' });
    expect(response.status).toBe(303);
    expect(browser.jar.get('wos-session')).toBeUndefined();
  });
});
