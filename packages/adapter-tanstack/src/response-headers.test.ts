import { createServerEntry, getResponseHeaders } from '@tanstack/react-start/server';
import { describe, expect, it } from 'vitest';
import { applyHeaderBag } from './response-headers.js';

/** Runs `fn` inside a real TanStack Start request scope and returns the response headers it set. */
async function inRequest(fn: () => void): Promise<Headers> {
  const entry = createServerEntry({
    fetch: async () => {
      fn();
      const headers = new Headers();
      for (const [name, value] of getResponseHeaders()) {
        if (name !== 'set-cookie') headers.set(name, value);
      }
      for (const line of getResponseHeaders().getSetCookie()) headers.append('set-cookie', line);
      return new Response(null, { headers });
    },
  });
  const response = await entry.fetch(new Request('http://app.test/'));
  return response.headers;
}

describe('applyHeaderBag', () => {
  it('appends every Set-Cookie entry as its own header, never comma-joined', async () => {
    const headers = await inRequest(() =>
      applyHeaderBag({
        'Set-Cookie': [
          'a=1; Path=/; HttpOnly',
          'b=2; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
        ],
        'Cache-Control': 'no-store',
      }),
    );
    expect(headers.getSetCookie()).toEqual([
      'a=1; Path=/; HttpOnly',
      'b=2; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('lets a later write of the same cookie replace an earlier one (handler after middleware)', async () => {
    const headers = await inRequest(() => {
      applyHeaderBag({ 'Set-Cookie': ['wos-session=refreshed; Path=/'] });
      applyHeaderBag({ 'Set-Cookie': ['wos-session=switched; Path=/', 'other=1; Path=/'] });
    });
    expect(headers.getSetCookie()).toEqual(['wos-session=switched; Path=/', 'other=1; Path=/']);
  });

  it('does nothing without a bag', async () => {
    const headers = await inRequest(() => applyHeaderBag(undefined));
    expect(headers.getSetCookie()).toEqual([]);
  });
});
