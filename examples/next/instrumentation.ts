// Keeps the proxy's `Vary: Cookie` on App Router pages, for CDNs and shared caches: Next sets its
// own `Vary` (router headers) while rendering a page, replacing the one the proxy set. Node
// runtime only (`next start`); see docs/migrating-from-authkit-nextjs.md, "Caching".
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { ServerResponse } = await import('node:http');
    const setHeader = ServerResponse.prototype.setHeader;
    const tokens = (list: unknown) =>
      String(list ?? '')
        .split(',')
        .map((token) => token.trim())
        .filter(Boolean);
    ServerResponse.prototype.setHeader = function (name, value) {
      if (name.toLowerCase() !== 'vary') return setHeader.call(this, name, value);
      const set = tokens([value].flat().join(','));
      const kept = tokens(this.getHeader('vary')).filter(
        (token) =>
          /^(cookie|authorization)$/i.test(token) &&
          !set.some((other) => other.toLowerCase() === token.toLowerCase()),
      );
      return setHeader.call(this, name, [...set, ...kept].join(', '));
    };
  }
}
