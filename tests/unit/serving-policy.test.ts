import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_CONTROL, CSP_REPORT_PATH, DOCUMENT_HEADERS, ERROR_PAGES, SECURITY_HEADERS, cacheControlFor, contentSecurityPolicy, contentTypeFor } from '../../deploy/policy.ts';
import { cspHash, inlineScripts, scanPages } from '../../scripts/lib/inline-scripts.ts';
import { cspReportLogFormat, errorPageHtml, renderHeadersFile, renderNginxCsp, renderNginxRelease, renderNginxSite, returnedText } from '../../scripts/lib/server-config.ts';
import { SITE_URL } from '../../src/build/site-url.ts';
import { parseCsp } from '../support/http';

describe('cache policy', () => {
  it.each([
    ['/_astro/BaseLayout.CQ5sEIbD.css', 'immutable'],
    ['/pagefind/fragment/en_04df940.pf_fragment', 'immutable'],
    ['/pagefind/index/en_198fa5b.pf_index', 'immutable'],
    ['/pagefind/filter/en_b8c575d.pf_filter', 'immutable'],
    ['/pagefind/pagefind.en_d93e8f53d2.pf_meta', 'immutable'],
    ['/js/search-dialog.78476096ac.js', 'immutable'],
    ['/favicon.svg', 'day'],
    ['/', 'revalidate'],
    ['/articles/quantization/', 'revalidate'],
    ['/_astro/', 'revalidate'],
    ['/pagefind/pagefind.js', 'revalidate'],
    ['/pagefind/pagefind-entry.json', 'revalidate'],
    ['/pagefind/pagefind-worker.js', 'revalidate'],
    ['/pagefind/wasm.en.pagefind', 'revalidate'],
    ['/pagefind/nested/pagefind.en_1.pf_meta', 'revalidate'],
  ] as const)('%s is %s', (path, kind) => {
    expect(cacheControlFor(path)).toBe(CACHE_CONTROL[kind]);
  });
});

describe('Content-Security-Policy', () => {
  const csp = parseCsp(contentSecurityPolicy(['sha256-b', 'sha256-a', 'sha256-b']));

  it('allows inline scripts only by hash, each once, in a stable order', () => {
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
  });

  it('keeps everything to the own origin and forbids framing, plugins and <base>', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    // No host anywhere; the one scheme is data: for images (the site's icon travels in each page).
    const sources = [...csp].filter(([name]) => name !== 'report-uri').flatMap(([, values]) => values);
    expect(sources.filter((s) => !s.startsWith("'"))).toEqual(['data:']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('sends violation reports to the site’s own endpoint', () => {
    expect(csp.get('report-uri')).toEqual([CSP_REPORT_PATH]);
  });
});

describe('content types', () => {
  it.each([
    ['/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['/faq/index.html', 'text/html; charset=utf-8'],
    ['/og/faq.png', 'image/png'],
    ['/pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['/LICENSE', 'application/octet-stream'],
    ['/.hidden', 'application/octet-stream'],
  ])('%s is %s', (path, type) => expect(contentTypeFor(path)).toBe(type));
});

describe('inline scripts', () => {
  const page = [
    '<script>alert(1)</script>',
    '<script src="/app.js"></script>',
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    '<SCRIPT type="module">import "/x.js"</SCRIPT >',
    '<script type=importmap>{}</script>',
  ].join('\n');

  it('finds the ones script-src governs, and skips files and data blocks', () => {
    expect(inlineScripts(page)).toEqual(['alert(1)', 'import "/x.js"', '{}']);
  });

  it('hashes the text as the browser does, line endings normalised', () => {
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    expect(cspHash('a\r\nb\rc')).toBe(cspHash('a\nb\nc'));
  });

  it('collects the distinct script hashes of a set of pages, showing each page to the page checks as it is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'owe-pages-'));
    try {
      const pages = { 'a.html': '<script>go()</script><p>a</p>', 'b.html': '<script>go()</script><script>stop()</script><b>b</b>' };
      for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
      const seen: Record<string, string> = {};
      const scan = scanPages(Object.keys(pages).map((name) => join(dir, name)), (file, html) => (seen[file.slice(dir.length + 1)] = html));
      expect(scan).toEqual({ hashes: [cspHash('go()'), cspHash('stop()')].sort() });
      expect(seen).toEqual(pages);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('headers a page is sent', () => {
  it('leave out Cross-Origin-Opener-Policy, which cost every page Lighthouse performance points (deploy/policy.ts says why)', () => {
    const names = [...Object.keys(DOCUMENT_HEADERS), ...Object.keys(SECURITY_HEADERS)].map((name) => name.toLowerCase());
    expect(names).not.toContain('cross-origin-opener-policy');
    expect(renderNginxSite().toLowerCase()).not.toContain('cross-origin-opener-policy');
  });
});

describe('rendered configuration', () => {
  it('deploy/nginx-site.conf is what the policy renders (run `npm run deploy:config` after changing it)', () => {
    expect(readFileSync(new URL('../../deploy/nginx-site.conf', import.meta.url), 'utf8')).toBe(renderNginxSite());
  });

  it('nginx adds every security header once, for every response', () => {
    const site = renderNginxSite();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(site).toContain(`add_header ${name} "${value}" always;`);
    for (const name of ['Content-Security-Policy', ...Object.keys(DOCUMENT_HEADERS)]) expect(site.split(`add_header ${name} `).length, name).toBe(2);
    // add_header inside a location would silently drop the server-level ones there.
    const locations = site.split('\n').filter((line) => line.startsWith('    '));
    expect(locations.filter((line) => line.includes('add_header'))).toEqual([]);
  });

  it('nginx fills the document headers, the CSP among them, only for .html files and its error pages', () => {
    const site = renderNginxSite();
    const locations = site.split(/\n(?=location )/).filter((b) => b.startsWith('location '));
    const filling = locations.filter((b) => b.includes('set $page_content_security_policy $content_security_policy;')).map((b) => b.slice(0, b.indexOf(' {')));
    expect(filling).toEqual(['location ~ \\.html$', ...ERROR_PAGES.map(({ status }) => `location = /_error/${status}`)]);
    for (const block of locations.filter((b) => b.includes('$content_security_policy;'))) {
      for (const value of Object.values(DOCUMENT_HEADERS)) expect(block).toContain(`"${value}";`);
    }
    // Outside them, every document header is empty, which nginx sends as no header at all.
    for (const value of Object.values(DOCUMENT_HEADERS)) expect(site.split(`"${value}";`).length, value).toBe(filling.length + 1);
    expect(site).toMatch(/^set \$page_content_security_policy "";$/m);
  });

  it('error pages say what happened and lead back into the site, and cannot break out of nginx’s quotes', () => {
    const site = renderNginxSite();
    for (const page of ERROR_PAGES) {
      const html = errorPageHtml(page);
      expect(html).toContain(`<title>${page.title}</title>`);
      expect(html).toContain(`<p class="kicker">Error ${page.status}</p><h1>${page.title}</h1><p>${page.text}</p>`);
      expect(html).toContain('<a href="/">');
      expect(site).toContain(`return 200 '${html}';`);
      expect(site).toMatch(new RegExp(`^error_page ${page.status}( \\d+)* /_error/${page.status};$`, 'm'));
    }
    // nginx would end the text at a quote and expand a $ as a variable.
    expect(() => returnedText("It's gone")).toThrow(/single quote/);
    expect(() => returnedText('Costs $5')).toThrow(/\$/);
  });

  it('a release names its pages, its CSP and the rules by absolute path, quoted', () => {
    expect(renderNginxRelease({ root: '/srv/x/releases/1/site', cspConf: '/srv/x/releases/1/csp.conf', siteConf: '/srv/x/releases/1/nginx-site.conf', about: 'Release 1' })).toBe(
      ['# Release 1', 'root "/srv/x/releases/1/site";', 'include "/srv/x/releases/1/csp.conf";', 'include "/srv/x/releases/1/nginx-site.conf";', ''].join('\n'),
    );
    expect(() => renderNginxRelease({ root: '/srv/$x', cspConf: '/c', siteConf: '/s', about: '' })).toThrow(/\$/);
  });

  it('writes the CSP for nginx, and refuses a value that would break out of its quotes', () => {
    expect(renderNginxCsp("default-src 'self'")).toContain(`set $content_security_policy "default-src 'self'";`);
    expect(() => renderNginxCsp('a" ; return 200 "b')).toThrow(/quote/);
  });

  it('_headers: security headers for every path, Cache-Control only where rules cannot overlap', () => {
    const file = renderHeadersFile({
      csp: "default-src 'self'",
      sitePaths: ['/index.html', '/pagefind/pagefind.js', '/pagefind/pagefind.en_abc.pf_meta', '/pagefind/fragment/en_1.pf_fragment'],
    });
    const rules = file.split('\n\n').filter((block) => block.startsWith('/'));
    const everything = rules.find((r) => r.startsWith('/*\n')) ?? '';
    expect(everything).toContain("Content-Security-Policy: default-src 'self'");
    expect(everything).toContain('X-Content-Type-Options: nosniff');
    for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) expect(everything).toContain(`${name}: ${value}`);
    expect(everything).not.toContain('Cache-Control');
    expect(rules.map((r) => r.split('\n')[0])).toEqual([
      '/*',
      '/_astro/*',
      '/js/*',
      '/pagefind/fragment/*',
      '/pagefind/index/*',
      '/pagefind/filter/*',
      '/pagefind/pagefind.en_abc.pf_meta',
      '/favicon.svg',
      '/rss.xml',
    ]);
    expect(rules.find((r) => r.startsWith('/rss.xml\n'))).toContain('Content-Type: application/rss+xml; charset=utf-8');
  });
});

describe('deploy/nginx.conf, the production configuration', () => {
  const production = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');

  it('serves the host the build writes into canonical URLs, and only that host', () => {
    const names = [...production.matchAll(/^\s*server_name\s+([^;]+);/gm)].map(([, list = '']) => list.trim());
    expect(names).toEqual([new URL(SITE_URL).host]);
    // The redirect to HTTPS names that host, never the one the request claims.
    expect(production).toContain('return 301 https://$server_name$request_uri;');
    expect(production).not.toMatch(/\$host\b|\$http_host\b/);
  });

  it('logs Content-Security-Policy reports in the format the test servers use', () => {
    expect(production).toContain(cspReportLogFormat());
    expect(production).toMatch(/access_log \S+ csp_report if=\$request_body;/);
  });
});
