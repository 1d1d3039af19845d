#!/usr/bin/env node
// Build steps after `astro build`, side by side. Pagefind indexes dist/ in its own process
// (scripts/lib/search-index.ts) while this one reads every page for its inline scripts, which the
// Content-Security-Policy allows by hash. Once the index is written, the policy and the rest of
// deploy/policy.ts go to dist/_headers (static hosts; its cache rules name Pagefind's files) and
// deploy/build/csp.conf (included by the nginx configuration).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../deploy/policy.ts';
import { MANIFEST, writeBuildManifest } from './lib/build-manifest.ts';
import { filesBelow } from './lib/files.ts';
import { htmlFiles, scanPages } from './lib/inline-scripts.ts';
import { indexSearch } from './lib/search-index.ts';
import { renderHeadersFile, renderNginxCsp } from './lib/server-config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const buildDir = join(root, 'deploy', 'build');

const indexing = indexSearch(root);
// Reported once Pagefind is done, so its output and this step's do not interleave.
indexing.catch(() => {});

const { hashes, handlers } = scanPages(htmlFiles(dist), (file) => relative(root, file));

try {
  await indexing;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
// The policy allows inline scripts by hash; attribute handlers would need 'unsafe-hashes' as well.
if (handlers.length) {
  console.error(`Inline event handlers and javascript: URLs are blocked by the Content-Security-Policy. Move them into a <script>:\n  ${handlers.join('\n  ')}`);
  process.exit(1);
}

const csp = contentSecurityPolicy(hashes);
const sitePaths = filesBelow(dist).map((f) => `/${f}`);
await writeFile(join(dist, '_headers'), renderHeadersFile({ csp, sitePaths }));
await mkdir(buildDir, { recursive: true });
await writeFile(join(buildDir, 'csp.conf'), renderNginxCsp(csp));
console.log(`Server config: the CSP allows ${hashes.length} inline script${hashes.length === 1 ? '' : 's'} by hash; wrote dist/_headers and deploy/build/csp.conf.`);

// Last, once every step before has succeeded: the record that `npm run deploy` requires.
function recordCompletedBuild() {
  const listed = writeBuildManifest(root);
  console.log(`Build complete: ${MANIFEST} lists its ${listed} files for \`npm run deploy\`.`);
}
recordCompletedBuild();
