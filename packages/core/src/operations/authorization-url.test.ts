import { defaultIds } from '@workos/authkit-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.js';
import { type Emulator, emulatorService, startEmulator } from '../test-support/emulator-service.js';
import type { AuthorizationPrompt } from '../types.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());

const query = (url: string) => new URL(url).searchParams;

describe('authorization options reach the WorkOS sign-in URL (through the SDK)', () => {
  it.each([
    [{ maxAge: 300 }, 'max_age', '300'],
    [{ maxAge: 0 }, 'max_age', '0'],
    [{ invitationToken: 'inv_token_123' }, 'invitation_token', 'inv_token_123'],
    [{ organizationId: defaultIds.acme }, 'organization_id', defaultIds.acme],
    [{ loginHint: 'alice@example.com' }, 'login_hint', 'alice@example.com'],
    [{ domainHint: 'example.com' }, 'domain_hint', 'example.com'],
    [{ prompt: 'select_account' as const }, 'prompt', 'select_account'],
  ])('passes %j as %s', async (options, param, value) => {
    const { url } = await emulatorService(emulator).createSignIn(undefined, options);
    const params = query(url);
    expect(new URL(url).origin).toBe(emulator.url);
    expect(params.get(param)).toBe(value);
    expect(params.get('provider')).toBe('authkit');
    expect(params.get('screen_hint')).toBe('sign-in');
  });

  it.each([
    {
      what: 'a provider replaces the AuthKit page and drops the screen hint the SDK refuses for it',
      start: 'createSignUp',
      options: { provider: 'GoogleOAuth' },
      expected: { provider: 'GoogleOAuth', screen_hint: null },
    },
    {
      what: 'a connectionId routes to that connection, without the authkit provider',
      start: 'createSignIn',
      options: { connectionId: 'conn_01EXAMPLE' },
      expected: { connection_id: 'conn_01EXAMPLE', provider: null, screen_hint: null },
    },
  ] as const)('$what', async ({ start, options, expected }) => {
    const { url } = await emulatorService(emulator)[start](undefined, options);
    const params = query(url);
    for (const [name, value] of Object.entries(expected)) {
      if (value === null) expect(params.has(name), name).toBe(false);
      else expect(params.get(name)).toBe(value);
    }
  });

  it('without options the URL carries none of them', async () => {
    const { url } = await emulatorService(emulator).createSignIn(undefined, {});
    const params = query(url);
    for (const name of ['max_age', 'invitation_token', 'connection_id', 'prompt', 'login_hint']) {
      expect(params.has(name), name).toBe(false);
    }
  });

  it('empty strings count as unset', async () => {
    const { url } = await emulatorService(emulator).createSignIn(undefined, {
      loginHint: '',
      invitationToken: '',
      provider: '',
    });
    const params = query(url);
    expect(params.has('login_hint')).toBe(false);
    expect(params.has('invitation_token')).toBe(false);
    expect(params.get('provider')).toBe('authkit');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '300'])(
    'refuses maxAge %s with InvalidArgumentError and writes no cookie',
    async (maxAge) => {
      const service = emulatorService(emulator);
      const attempt = service.createSignIn(undefined, { maxAge: maxAge as number });
      await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(attempt).rejects.toMatchObject({ code: 'invalid_argument' });
      await expect(attempt).rejects.toThrow(/maxAge/);
    },
  );

  it('refuses a prompt outside the union', async () => {
    const service = emulatorService(emulator);
    const attempt = service.createSignIn(undefined, {
      prompt: 'always' as AuthorizationPrompt,
    });
    await expect(attempt).rejects.toThrow(InvalidArgumentError);
    await expect(attempt).rejects.toThrow(/prompt/);
  });

  it('refuses a non-string provider', async () => {
    const service = emulatorService(emulator);
    const attempt = service.createSignIn(undefined, { provider: 42 as unknown as string });
    await expect(attempt).rejects.toThrow(InvalidArgumentError);
  });

  it('the emulator accepts the step-up URL and signs in (code + state back to the app)', async () => {
    const service = emulatorService(emulator);
    const { url } = await service.createSignIn(undefined, {
      maxAge: 60,
      loginHint: 'alice@example.com',
    });
    const redirect = await fetch(url, { redirect: 'manual' });
    const location = new URL(redirect.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('http://localhost:3000/callback');
    expect(location.searchParams.get('code')).toBeTruthy();
  });
});
