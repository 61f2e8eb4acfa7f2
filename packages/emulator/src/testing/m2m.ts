import { defaultCredentials } from '../seed.js';

/** An access token of the seeded M2M application (`client_credentials` at the emulator). */
export async function m2mToken(emulatorUrl: string, scope?: string): Promise<string> {
  const response = await fetch(`${emulatorUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: defaultCredentials.m2m.clientId,
      client_secret: defaultCredentials.m2m.clientSecret,
      ...(scope ? { scope } : {}),
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
