// Pagefind indexes dist/ into dist/pagefind/.
//
// Pagefind splits its word index into chunks, and a query fetches the chunk holding each of its
// words. The default chunk suits sites of thousands of pages: here it made ~28 KB chunks, so
// "can I use it commercially" fetched five of them, ~140 KB with Pagefind's code, over the search
// budget before a single result. Chunks of about 2 KB cost a few more, small requests: a word's
// chunk is ~2 KB instead of ~4 KB at 2,500, which kept a one-word query in the dialog under the
// 100 KB first-query budget (issue #17); the meta file that lists the chunks grows by 0.7 KB.
// tests/site/search-index.test.ts fails if a Pagefind upgrade stops honouring the setting.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageBin } from './package-bin.ts';

const INDEX_CHUNK_SIZE = 1200;
/** Left out of the index wherever they are: the glossary previews inside articles (src/lib/term-link.ts). */
const EXCLUDE_SELECTORS = '.term > span';

/** Runs Pagefind over `root`/dist in its own process; resolves when it has written the index. */
export function indexSearch(root: string) {
  const { command, args } = packageBin(root, 'pagefind', ['--site', join(root, 'dist'), '--exclude-selectors', EXCLUDE_SELECTORS]);
  const pagefind = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
  });
  return new Promise<void>((resolve, reject) => {
    pagefind.on('error', reject);
    pagefind.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`Pagefind stopped (${signal ?? `exit code ${code}`}): the search index is incomplete.`))));
  });
}
