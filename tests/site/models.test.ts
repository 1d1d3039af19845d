import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, htmlPages, readPage } from '../support/dist';
import { CONTENT } from '../support/content';

const releases = readdirSync(`${CONTENT}models`).map((f) => f.replace(/\.ya?ml$/, ''));
const modelPages = htmlPages().filter((p) => /^\/models\/[^/]+\/$/.test(p.path) && p.path !== '/models/compare/');

describe('model pages in the build', () => {
  it('has one page per release in content/models, each listed on /models/', () => {
    expect(modelPages.map((p) => p.path.split('/')[2]).sort()).toEqual([...releases].sort());
    const index = readFileSync(join(DIST, 'models/index.html'), 'utf8');
    for (const slug of releases) expect(index, slug).toContain(`href="/models/${slug}/"`);
  });

  it.each(modelPages.map((p) => [p.path, p.file]))('%s loads no script file and gives every component its evidence', (_path, file) => {
    const html = readPage(file);
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);
    const evidence = html.slice(html.indexOf('id="openness"'), html.indexOf('id="license"'));
    expect(evidence.match(/<tr><th scope="row">/g)).toHaveLength(7);
    expect(evidence.match(/rel="external"/g)?.length).toBeGreaterThanOrEqual(7);
  });

  it('keeps the comparison script small: at most 10 KB gzip', () => {
    const bundle = readdirSync(join(DIST, 'js')).find((f) => f.startsWith('model-compare.'));
    expect(bundle).toBeDefined();
    expect(gzipSync(readFileSync(join(DIST, 'js', bundle as string))).length).toBeLessThanOrEqual(10_000);
  });
});
