#!/usr/bin/env node
// Last build step, after Pagefind: derives this build's Content-Security-Policy from the inline
// scripts in dist/ and writes it, with the rest of deploy/policy.mjs, as dist/_headers (static hosts)
// and deploy/build/csp.conf (included by the nginx configuration).
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../deploy/policy.mjs';
import { scanPages } from './lib/inline-scripts.mjs';
import { renderHeadersFile, renderNginxCsp } from './lib/server-config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const buildDir = join(root, 'deploy', 'build');

const files = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));

const { hashes, handlers } = scanPages(
  files.filter((f) => f.endsWith('.html')),
  (file) => relative(root, file),
);
// The policy allows inline scripts by hash; attribute handlers would need 'unsafe-hashes' as well.
if (handlers.length) {
  console.error(`Inline event handlers and javascript: URLs are blocked by the Content-Security-Policy. Move them into a <script>:\n  ${handlers.join('\n  ')}`);
  process.exit(1);
}

const csp = contentSecurityPolicy(hashes);
const sitePaths = files.map((f) => `/${relative(dist, f).split(sep).join('/')}`);
await writeFile(join(dist, '_headers'), renderHeadersFile({ csp, sitePaths }));
await mkdir(buildDir, { recursive: true });
await writeFile(join(buildDir, 'csp.conf'), renderNginxCsp(csp));
console.log(`Server config: the CSP allows ${hashes.length} inline script${hashes.length === 1 ? '' : 's'} by hash; wrote dist/_headers and deploy/build/csp.conf.`);
