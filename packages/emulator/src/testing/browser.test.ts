import { describe, expect, it } from 'vitest';
import { TestBrowser, testId, testIds } from './browser.js';

// An app answered in-process (appFetch): a cookie set on a redirect, then echoed back.
const appFetch = async (request: Request): Promise<Response> => {
  const url = new URL(request.url);
  if (url.pathname === '/set') {
    return new Response(null, {
      status: 303,
      headers: { location: '/echo', 'set-cookie': 'sid=abc; Path=/; HttpOnly' },
    });
  }
  const echo = {
    method: request.method,
    cookie: request.headers.get('cookie'),
    origin: request.headers.get('origin'),
  };
  return new Response(
    `<p data-testid="echo">${JSON.stringify(echo)}</p><i data-testid="n">1</i><i data-testid="n">2</i>`,
  );
};

describe('TestBrowser', () => {
  const browser = () =>
    new TestBrowser({ origin: 'http://app.test', emulatorUrl: 'http://127.0.0.1:1', appFetch });

  it('follows redirects hop by hop, keeps cookies, and turns a 303 after a POST into a GET', async () => {
    const b = browser();
    const page = await b.navigate('/set', { method: 'POST' });
    expect(page.hops.map((hop) => [hop.method, hop.url.pathname, hop.status])).toEqual([
      ['POST', '/set', 303],
      ['GET', '/echo', 200],
    ]);
    expect(page.hops[0]?.setCookie).toEqual(['sid=abc; Path=/; HttpOnly']);
    expect(JSON.parse(testId(page.body, 'echo') ?? '')).toEqual({
      method: 'GET',
      cookie: 'sid=abc',
      origin: null,
    });
    expect(testIds(page.body, 'n')).toEqual(['1', '2']);
    expect(b.cookieNames()).toEqual(['sid']);
  });

  it('sends an Origin header on form posts', async () => {
    const page = await browser().submit('/echo', { a: '1' });
    expect(JSON.parse(testId(page.body, 'echo') ?? '')).toMatchObject({
      method: 'POST',
      origin: 'http://app.test',
    });
  });
});
