#!/usr/bin/env node
// Build steps after `astro build`, side by side. Pagefind indexes dist/ in its own process
// (scripts/lib/search-index.ts) while this one reads every page for its inline scripts, which the
// Content-Security-Policy allows by hash, and for the checks that need built pages
// (scripts/lib/page-checks.ts: scripts, off-site files, ids, links and #fragments). Once the index
// is written and the pages pass, the policy and the rest of deploy/policy.ts go to dist/_headers
// (static hosts; its cache rules name Pagefind's files) and deploy/build/csp.conf (included by
// the nginx configuration).
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../deploy/policy.ts';
import { MANIFEST, writeBuildManifest } from './lib/build-manifest.ts';
import { filesBelow } from './lib/files.ts';
import { htmlFiles, scanPages } from './lib/inline-scripts.ts';
import { PageChecks, contentSources, describeProblem, fileInDist, pagePath } from './lib/page-checks.ts';
import { indexSearch } from './lib/search-index.ts';
import { renderHeadersFile, renderNginxCsp } from './lib/server-config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const buildDir = join(root, 'deploy', 'build');

const indexing = indexSearch(root);
// Reported once Pagefind is done, so its output and this step's do not interleave.
indexing.catch(() => {});

const checks = new PageChecks(fileInDist(dist));
const pageFiles = new Map<string, string>();
const { hashes } = scanPages(htmlFiles(dist), (file, html) => {
  const page = pagePath(relative(dist, file));
  pageFiles.set(page, file);
  checks.add(page, html);
});
const problems = checks.problems();

try {
  await indexing;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (problems.length) {
  const sources = contentSources(filesBelow(join(root, 'content')).map((file) => `content/${file}`));
  const lines = [...new Set(problems.map((problem) => describeProblem(problem, sources.fileOf(problem, () => readFileSync(pageFiles.get(problem.page) ?? '', 'utf8')), root)))].sort();
  console.error(`${lines.length} problem${lines.length === 1 ? '' : 's'} on the built pages (the serving config is not written, so this build cannot be deployed):\n  ${lines.join('\n  ')}`);
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
