/**
 * A newsroom page on another origin (its own port) that embeds the atlas: real Pym.js, or the
 * code our embed builder generates, pasted as is. Shared by the journalist journeys.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

const PYM = readFileSync(join(process.cwd(), 'node_modules/pym.js/dist/pym.v1.min.js'), 'utf8');

/** An article whose column is `column` px wide, with `body` between its heading and the text after. */
export function hostPage(body: string, column = 640): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom article</title>
<style>body{margin:0;font-family:sans-serif} .column{width:${column}px;margin:0 auto}</style></head>
<body><main class="column"><h1>An article</h1>${body}<p>After the map.</p></main></body></html>`;
}

/** Pym.js's own Parent, configured the way its documentation shows: no code of ours. */
export const pymBody = (src: string) =>
  `<div id="atlas"></div><script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('atlas', ${JSON.stringify(src)}, { title: 'Beleidsatlas' });</script>`;

export interface Host {
  origin: string;
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML) and /pym.v1.min.js on localhost:`port`. */
export async function startHost(port: number, pages: Record<string, () => string>): Promise<Host> {
  const origin = `http://localhost:${port}`;
  const all: Record<string, () => string> = { '/pym.v1.min.js': () => PYM, ...pages };
  const server: Server = createServer((req, res) => {
    const page = all[new URL(req.url ?? '/', origin).pathname];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(page());
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
