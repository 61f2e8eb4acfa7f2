import { html, SafeHtml } from './html.js';

const stylesheet = new SafeHtml(`
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1f2328; }
  header { display: flex; gap: 1rem; align-items: baseline; border-bottom: 1px solid #d0d7de; margin-bottom: 1.5rem; }
  header a { color: inherit; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1rem; }
  dt { font-weight: 600; }
  form { display: inline; }
  button { font: inherit; padding: .3rem .8rem; cursor: pointer; }
  .error { border: 1px solid #cf222e; background: #ffebe9; padding: 1rem; border-radius: 6px; }
  code { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; }
`);

/** Wraps page content in the shared document shell (title, styles, navigation). */
export function layout(title: string, content: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · AuthKit + Express</title>
    <style>${stylesheet}</style>
  </head>
  <body>
    <header>
      <strong>AuthKit + Express</strong>
      <a href="/">Home</a>
      <a href="/account">Account</a>
    </header>
    <main>${content}</main>
  </body>
</html>
`.toString();
}
