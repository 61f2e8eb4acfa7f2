import { readFileSync } from 'node:fs';

let css: string | undefined;

/** `GET /authkit.css`: the examples' shared stylesheet (`public/authkit.css`), read once. */
export function stylesheet(): Response {
  css ??= readFileSync(new URL('../public/authkit.css', import.meta.url), 'utf8');
  return new Response(css, {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=600' },
  });
}
