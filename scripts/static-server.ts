import { createServer, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_HEADERS, HOST_FILES, NOT_FOUND_PAGE, SECURITY_HEADERS, cacheControlFor, contentSecurityPolicy, contentTypeFor, isDocumentPath } from '../deploy/policy.ts';
import { inlineScriptHashes } from './lib/inline-scripts.ts';

/**
 * A small static file server for local preview without nginx, bound to 127.0.0.1, sending the
 * headers of deploy/policy.ts (no compression). Resolves /path/ to /path/index.html, answers
 * unknown paths with the 404 page and status 404.
 */
export async function startStaticServer({ root, port = 0 }: { root: URL; port?: number }) {
  const base = fileURLToPath(root);
  const csp = contentSecurityPolicy(inlineScriptHashes(base));
  const headers = (pathname: string, file: string) => ({
    'Cache-Control': cacheControlFor(pathname),
    ...(isDocumentPath(file) ? { 'Content-Security-Policy': csp, ...DOCUMENT_HEADERS } : {}),
    ...SECURITY_HEADERS,
  });
  const notFound = async (res: ServerResponse) => {
    res
      .writeHead(404, { ...headers(NOT_FOUND_PAGE, NOT_FOUND_PAGE), 'Content-Type': contentTypeFor(NOT_FOUND_PAGE) })
      .end(await readFile(join(base, NOT_FOUND_PAGE)).catch(() => 'Not found'));
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (HOST_FILES.includes(url.pathname)) return await notFound(res);
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base.replace(/[\\/]$/, '') + sep) && path !== base) throw new Error('outside root');
      let info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        path = join(path, 'index.html');
        info = await stat(path).catch(() => undefined);
      }
      if (!info?.isFile()) return await notFound(res);
      const body = await readFile(path);
      const sitePath = `/${relative(base, path).split(sep).join('/')}`;
      res.writeHead(200, { ...headers(url.pathname, path), 'Content-Type': contentTypeFor(sitePath), 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(400).end('Bad request');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    // A browser keeps idle connections open; close would otherwise wait for it to drop them.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
