import { expect, it } from 'vitest';
import type { SuiteContext } from './context.js';

const HOSTILE_RETURN_PATHS = [
  '//evil.example',
  '/\\evil.example',
  'https://evil.example',
  '/%2F%2Fevil.example',
  'javascript:alert(1)',
];

/** `returnPathname` values that would leave the site end on the app instead. */
export function redirectTests(ctx: SuiteContext): void {
  for (const hostile of HOSTILE_RETURN_PATHS) {
    it(`returnPathname ${JSON.stringify(hostile)} ends on-site`, async () => {
      const browser = ctx.browser();
      const query = new URLSearchParams({ returnPathname: hostile });
      const navigation = await browser.navigate(`/login?${query}`);
      expect(navigation.url.origin).toBe(browser.origin);
      expect(navigation.status).toBeLessThan(500);
      const callback = navigation.hops.find((hop) => hop.url.pathname === '/callback');
      expect(callback?.location?.origin).toBe(browser.origin);
      expect(callback?.location?.hostname).not.toBe('evil.example');
      expect(ctx.sessionCookie(browser)).not.toBe('');
    });
  }

  it('a same-site returnPathname keeps its path and query', async () => {
    const browser = ctx.browser();
    const query = new URLSearchParams({ returnPathname: '/account?tab=orgs' });
    const navigation = await browser.navigate(`/login?${query}`);
    expect(navigation.url.pathname).toBe('/account');
    expect(navigation.url.search).toBe('?tab=orgs');
  });
}
