import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(`${emulator.url}${path}`, { redirect: 'manual', ...init });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

describe('bad input never crashes the emulator', () => {
  it('answers arbitrary authenticate bodies with a 4xx OAuth-shaped JSON error', async () => {
    const field = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    );
    const body = fc.record(
      {
        grant_type: fc.oneof(fc.constantFrom('authorization_code', 'refresh_token'), field),
        client_id: fc.oneof(fc.constant(emulator.clientId), field),
        client_secret: fc.oneof(fc.constant(emulator.apiKey), field),
        code: field,
        code_verifier: field,
        refresh_token: field,
        organization_id: field,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await send('/user_management/authenticate', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(payload),
        });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.type).toContain('application/json');
        expect(JSON.parse(response.text)).toHaveProperty('error');
      }),
      { numRuns: 150 },
    );
  });

  it('answers arbitrary authorize queries without a 5xx', async () => {
    const query = fc.dictionary(
      fc.constantFrom(
        'response_type',
        'client_id',
        'redirect_uri',
        'state',
        'code_challenge',
        'code_challenge_method',
        'organization_id',
        'login_hint',
        'screen_hint',
      ),
      fc.oneof(
        fc.string(),
        fc.constant(emulator.clientId),
        fc.constant('code'),
        fc.constant('http://localhost:3000/cb'),
      ),
    );
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const response = await send(`/user_management/authorize?${new URLSearchParams(params)}`);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects malformed paths, bodies and fault specs with 4xx JSON', async () => {
    const auth = { authorization: `Bearer ${emulator.apiKey}` };
    expect((await send('/user_management/users/%E0%A4%A', { headers: auth })).status).toBe(400);
    const arrayBody = await send('/user_management/authenticate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    });
    expect(arrayBody.status).toBe(400);
    const complete = await send('/user_management/authorize/complete', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'request_id=nope',
    });
    expect(complete.status).toBe(400);
    expect(complete.type).toContain('application/json');
    for (const fault of [
      { path: '/x', status: 99 },
      { path: '/x', status: 500, times: 'x' },
      { path: '/x' },
    ]) {
      const response = await send('/__emulator/faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fault),
      });
      expect(response.status).toBe(400);
    }
  });
});
