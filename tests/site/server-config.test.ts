import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_CONTROL, cacheControlFor } from '../../deploy/policy.ts';
import { cspHash, inlineScripts } from '../../scripts/lib/inline-scripts.ts';
import { DIST, htmlPages, readPage } from '../support/dist';
import { parseCsp } from '../support/http';

const scriptHashes = new Set(htmlPages().flatMap(({ file }) => inlineScripts(readPage(file)).map((s) => `'${cspHash(s)}'`)));
const cspIn = (text: string) => parseCsp(/Content-Security-Policy: (.*)|\$content_security_policy "(.*)"/.exec(text)?.slice(1).find(Boolean) ?? '');

describe('the Content-Security-Policy written by the build', () => {
  it.each([
    ['dist/_headers', join(DIST, '_headers')],
    ['deploy/build/csp.conf', new URL('../../deploy/build/csp.conf', import.meta.url).pathname],
  ])('%s allows exactly the inline scripts in dist/', (_name, file) => {
    const allowed = (cspIn(readFileSync(file, 'utf8')).get('script-src') ?? []).filter((s) => s.startsWith("'sha256-"));
    expect(scriptHashes.size).toBeGreaterThan(0);
    expect(new Set(allowed)).toEqual(scriptHashes);
  });
});

describe('caching of Pagefind files, whatever Pagefind version wrote them', () => {
  // A content hash in the name: en_04df940.pf_fragment, pagefind.en_d93e8f53d2.pf_meta.
  const hashedName = /_[0-9a-f]{7,}\.pf_[a-z]+$/;
  const files = readdirSync(join(DIST, 'pagefind'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.[a-z_]+$/.test(f))
    .map((f) => `/pagefind/${f.split('\\').join('/')}`);

  it('finds Pagefind output', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [f]))('%s', (path) => {
    expect(cacheControlFor(path)).toBe(hashedName.test(path) ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate);
  });
});
