import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CACHE_CONTROL, CSP_REPORT_PATH, DOCUMENT_HEADERS, ERROR_PAGES, SECURITY_HEADERS } from '../../deploy/policy.ts';
import { readCspReports, startNginx } from '../../scripts/nginx-server.ts';
import { cspHash, inlineScripts } from '../../scripts/lib/inline-scripts.ts';
import { DIST } from '../support/dist';
import { parseCsp, rawGet, rawRequest } from '../support/http';
import { PAGE_TYPES } from '../support/pages';

const base = inject('baseUrl');
const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${base}${path}`, headers);

/** The first file in a dist/ folder whose name ends with `ending`, as a site path. */
function firstFile(folder: string, ending: string): string {
  const name = readdirSync(join(DIST, folder)).sort().find((n) => n.endsWith(ending));
  if (!name) throw new Error(`dist/${folder} has no *${ending} file`);
  return `/${folder}/${name}`;
}

const stylesheet = firstFile('_astro', '.css');
const pagefindMeta = firstFile('pagefind', '.pf_meta');
const pagefindFragment = firstFile('pagefind/fragment', '.pf_fragment');
const pagefindIndex = firstFile('pagefind/index', '.pf_index');
const pagefindWasm = firstFile('pagefind', '.pagefind');
const clientBundle = firstFile('js', '.js');
const KEYWORD_SOURCE = /^'(self|none|unsafe-inline|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/;

describe('security headers on every page type', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    it(`${type}: a CSP for the own origin that allows exactly the page's inline scripts`, async () => {
      const res = await get(path);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const csp = parseCsp(res.headers['content-security-policy'] ?? '');
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      const scriptSources = csp.get('script-src') ?? [];
      expect(scriptSources).toContain("'wasm-unsafe-eval'");
      expect(scriptSources).not.toContain("'unsafe-inline'");
      for (const script of inlineScripts(res.body.toString('utf8'))) expect(scriptSources).toContain(`'${cspHash(script)}'`);
      // No host or wildcard source anywhere: nothing but this origin, and data: images (the icon).
      const foreign = [...csp].filter(([name]) => name !== 'report-uri').flatMap(([name, sources]) => sources.filter((source) => !KEYWORD_SOURCE.test(source)).map((source) => `${name} ${source}`));
      expect(foreign).toEqual(['img-src data:']);
      expect(csp.get('report-uri')).toEqual([CSP_REPORT_PATH]);
      for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...DOCUMENT_HEADERS })) expect(res.headers[name.toLowerCase()], name).toBe(value);
    });
  }

  it.each([
    ['a hashed stylesheet', stylesheet],
    ['the favicon', '/favicon.svg'],
    ['a Pagefind fragment', pagefindFragment],
    ['Pagefind\'s script', '/pagefind/pagefind.js'],
  ])('%s: the headers for every response, without the document-only ones', async (_, path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers[name.toLowerCase()], name).toBe(value);
    for (const name of ['Content-Security-Policy', ...Object.keys(DOCUMENT_HEADERS)]) expect(res.headers[name.toLowerCase()], name).toBeUndefined();
  });
});

describe('caching', () => {
  it.each([
    ['HTML', '/', CACHE_CONTROL.revalidate],
    ['an article', PAGE_TYPES.article, CACHE_CONTROL.revalidate],
    ['a hashed stylesheet', stylesheet, CACHE_CONTROL.immutable],
    ['a Pagefind fragment', pagefindFragment, CACHE_CONTROL.immutable],
    ['a Pagefind index chunk', pagefindIndex, CACHE_CONTROL.immutable],
    ['the hashed Pagefind metadata', pagefindMeta, CACHE_CONTROL.immutable],
    ['a hashed client bundle', clientBundle, CACHE_CONTROL.immutable],
    ['the favicon', '/favicon.svg', CACHE_CONTROL.day],
    ['pagefind.js (not hashed)', '/pagefind/pagefind.js', CACHE_CONTROL.revalidate],
    ['pagefind-entry.json (not hashed)', '/pagefind/pagefind-entry.json', CACHE_CONTROL.revalidate],
    ['the Pagefind WebAssembly (not hashed)', pagefindWasm, CACHE_CONTROL.revalidate],
  ])('%s: %s', async (_what, path, expected) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(expected);
    expect(res.headers['etag']).toBeTruthy();
  });
});

describe('content types', () => {
  it.each([
    [stylesheet, 'text/css; charset=utf-8'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    [pagefindMeta, 'application/octet-stream'],
    [pagefindIndex, 'application/octet-stream'],
    [pagefindFragment, 'application/octet-stream'],
    [pagefindWasm, 'application/octet-stream'],
  ])('%s is %s', async (path, type) => {
    const res = await get(path);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('paths', () => {
  it('answers an unknown path with the 404 page, status 404 and the security headers', async () => {
    const res = await get('/articles/no-such-article/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL.revalidate);
  });

  it('a missing hashed asset is a 404 that no cache keeps for a year', async () => {
    const res = await get('/_astro/missing.0000000.css');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL.revalidate);
  });

  it.each(['/_astro/', '/pagefind/', '/pagefind/fragment/'])('lists no directory: %s is the 404 page', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    const body = res.body.toString('utf8');
    expect(body).not.toMatch(/Index of/i);
    expect(body).toContain('This page is not here');
  });

  it('serves a directory URL from its index.html and redirects the URL without its slash', async () => {
    const page = await get('/articles/quantization/');
    expect(page.status).toBe(200);
    expect(page.body.toString('utf8')).toBe(readFileSync(join(DIST, 'articles/quantization/index.html'), 'utf8'));
    const redirect = await get('/articles/quantization');
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/articles/quantization/');
  });

  it('does not serve the _headers file meant for static hosts', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });
});

describe('requests the server refuses', () => {
  const expectSitePage = (res: { status: number; headers: Record<string, string>; body: Buffer }, status: number) => {
    const page = ERROR_PAGES.find((p) => p.status === status);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const body = res.body.toString('utf8');
    expect(body).toContain(`<h1>${page?.title}</h1>`);
    expect(body).not.toMatch(/<center>|nginx/);
    for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...DOCUMENT_HEADERS })) expect(res.headers[name.toLowerCase()], name).toBe(value);
    expect(parseCsp(res.headers['content-security-policy'] ?? '').get('default-src')).toEqual(["'self'"]);
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL.revalidate);
  };

  it('an address too long (a document pasted into the search box with JavaScript off): 414, the site’s page', async () => {
    expectSitePage(await get(`/search/?q=${'a'.repeat(10_000)}`), 414);
  });

  it('a request it cannot read (cookies too large, a malformed Host): 400, the site’s page', async () => {
    expectSitePage(await get('/', { Cookie: `c=${'a'.repeat(10_000)}` }), 400);
    expectSitePage(await rawRequest(`${base}/`, { headers: { Host: 'a b' } }), 400);
  });

  it.each(['POST', 'PUT', 'DELETE', 'TRACE'])('%s: 405, the site’s page', async (method) => {
    expectSitePage(await rawRequest(`${base}${PAGE_TYPES.article}`, { method }), 405);
  });

  it('the error pages are internal: asked for by name, they are not found', async () => {
    expect((await get('/_error/414')).status).toBe(404);
  });
});

describe('Content-Security-Policy reports', () => {
  const cspReportLog = inject('cspReportLog');

  it('are accepted with 204 and logged with their body, nothing about the reader but the browser', async () => {
    const marker = `https://example.test/${Date.now()}`;
    const report = JSON.stringify({ 'csp-report': { 'document-uri': `${base}/`, 'blocked-uri': marker, 'violated-directive': 'img-src' } });
    const res = await rawRequest(`${base}${CSP_REPORT_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/csp-report', 'User-Agent': 'report-test' }, body: report });
    expect(res.status).toBe(204);
    expect(res.body.length).toBe(0);
    await expect.poll(async () => (await readCspReports(cspReportLog)).filter((r) => JSON.stringify(r).includes(marker))).toEqual([{ agent: 'report-test', report: JSON.parse(report) }]);
  });

  it('refuse a body larger than a report with the site’s 413 page, and log nothing without a body', async () => {
    const before = (await readCspReports(cspReportLog)).length;
    const large = await rawRequest(`${base}${CSP_REPORT_PATH}`, { method: 'POST', body: 'x'.repeat(20_000) });
    expect(large.status).toBe(413);
    expect(large.body.toString('utf8')).toContain(`<h1>${ERROR_PAGES.find((p) => p.status === 413)?.title}</h1>`);
    expect((await get(CSP_REPORT_PATH)).status).toBe(204);
    expect((await readCspReports(cspReportLog)).length).toBe(before);
  });
});

describe('compression', () => {
  it.each([
    ['/', 'index.html'],
    [stylesheet, stylesheet.slice(1)],
    ['/pagefind/pagefind.js', 'pagefind/pagefind.js'],
  ])('gzips %s when the client accepts it, and only then', async (path, file) => {
    const original = readFileSync(join(DIST, file));
    const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(original.length);
    expect(gunzipSync(zipped.body).equals(original)).toBe(true);
    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('leaves Pagefind files as they are: they are compressed already', async () => {
    const res = await get(pagefindFragment, { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('dist/_headers, for static hosts, says what nginx does', () => {
  // Static hosts apply every rule whose path matches, joining repeated headers with commas.
  const rules = readFileSync(join(DIST, '_headers'), 'utf8')
    .split(/\n(?=\/)/)
    .map((block) => block.split('\n').filter((line) => line.trim() && !line.startsWith('#')))
    .filter((lines) => lines[0]?.startsWith('/'))
    .map(([path = '', ...lines]) => ({
      matches: (p: string) => (path.endsWith('*') ? p.startsWith(path.slice(0, -1)) : p === path),
      headers: lines.map((l) => l.trim().split(/:\s(.*)/, 2) as [string, string]),
    }));
  const fromHeadersFile = (path: string) => {
    const merged = new Map<string, string>([['cache-control', CACHE_CONTROL.revalidate]]);
    const seen = new Set<string>();
    for (const rule of rules.filter((r) => r.matches(path))) {
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        merged.set(key, seen.has(key) ? `${merged.get(key)}, ${value}` : value);
        seen.add(key);
      }
    }
    return merged;
  };

  const documentOnly = ['content-security-policy', ...Object.keys(DOCUMENT_HEADERS).map((n) => n.toLowerCase())];

  it.each(['/', PAGE_TYPES.article, PAGE_TYPES.search])('%s, a page: the same headers', async (path) => {
    const expected = fromHeadersFile(path);
    expect(expected.size).toBeGreaterThan(Object.keys(SECURITY_HEADERS).length + documentOnly.length);
    const res = await get(path);
    for (const [name, value] of expected) expect(res.headers[name], name).toBe(value);
  });

  // Those hosts cannot tell a page from a file, so there the document headers go with files too.
  it.each([stylesheet, pagefindMeta, pagefindFragment, pagefindIndex, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg'])(
    '%s, a file: the same headers, less the document-only ones',
    async (path) => {
      const expected = fromHeadersFile(path);
      const res = await get(path);
      for (const [name, value] of expected) expect(res.headers[name], name).toBe(documentOnly.includes(name) ? undefined : value);
      for (const name of documentOnly) expect(expected.has(name), name).toBe(true);
    },
  );
});

describe('a .wasm file', () => {
  // dist/ has none today (Pagefind ships its WebAssembly in .pagefind files), so the same
  // configuration serves a scratch folder that holds one.
  let root: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'owe-wasm-'));
    // The smallest valid module (magic number and version) plus a custom section, past gzip_min_length.
    const customSection = Buffer.concat([Buffer.from([0x00, 0x82, 0x02, 0x04]), Buffer.from('note'), Buffer.alloc(253)]);
    writeFileSync(join(root, 'probe.wasm'), Buffer.concat([Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]), customSection]));
    writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
    server = await startNginx({ root });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is application/wasm, compressed when asked, so WebAssembly.instantiateStreaming accepts it', async () => {
    const res = await rawGet(`${server.url}/probe.wasm`, { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/wasm');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(WebAssembly.validate(gunzipSync(res.body))).toBe(true);
  });
});
