import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageChecks, contentSources, describeProblem, pagePath } from '../../scripts/lib/page-checks.ts';

/** The checks finish-build runs over every built page, each proven on planted faults. */
const SITE_SCRIPT = '<script data-inline="page-init">init()</script>';
const page = (body: string, head = SITE_SCRIPT) => `<!doctype html><html><head>${head}</head><body><main id="main">${body}</main></body></html>`;

function check(pages: Record<string, string>, files: string[] = []) {
  const checks = new PageChecks((path) => files.includes(path));
  for (const [path, html] of Object.entries(pages)) checks.add(path, html);
  return checks.problems().map((p) => `${p.page} ${p.message.split(/[.:] /)[0]}`);
}

describe('what a page runs', () => {
  it('only the site’s own inline scripts, the same on every page', () => {
    expect(check({ '/a/': page('<p>A</p>'), '/b/': page('<p>B</p>'), '/c/': page('<script type="application/ld+json">{}</script><script type="module" src="/js/x.js"></script>') }, ['/js/x.js'])).toEqual([]);
    expect(check({ '/a/': page('<script>{document.title="pwned"}</script>'), '/b/': page('<script data-inline="mine">x()</script>') })).toEqual([
      "/a/ an inline <script>",
      "/b/ an inline <script>",
    ]);
    expect(check({ '/a/': page(''), '/b/': page('', '<script data-inline="page-init">other()</script>') })).toEqual(['/b/ the inline script "page-init" differs from the one on /a/']);
  });
  it('no inline event handlers or javascript: URLs, in any case', () => {
    expect(check({ '/a/': page('<img src="/x.png" onError="go()"><a href=" JavaScript:alert(1)">x</a><div\n  ONLOAD = "x">') }, ['/x.png'])).toEqual([
      '/a/ <img onerror=…>',
      '/a/ <a href="javascript:…">',
      '/a/ <div onload=…>',
    ]);
  });
  it('reads attributes only inside tags: code that shows HTML is text', () => {
    expect(check({ '/a/': page('<pre><code>&lt;p id="main" onclick="x()"&gt; turn it on="off"</code></pre>') })).toEqual([]);
  });
});

describe('what a page loads', () => {
  it('nothing from another site, and no data: files the CSP blocks', () => {
    expect(
      check({
        '/a/': page(
          [
            '<img alt="" src="https://evil.example/pixel.png">',
            '<img alt="" srcset="/a.png 1x, //cdn.example/b.png 2x">',
            '<link rel="stylesheet" href="https://fonts.example/css">',
            '<iframe src="https://video.example/embed"></iframe>',
            '<div style="background: url(\'https://evil.example/bg.png\')"></div>',
            '<img alt="" src="data:image/png;base64,AAAA">',
          ].join(''),
          `${SITE_SCRIPT}<style>@import "https://fonts.example/x.css";</style>`,
        ),
      }, ['/a.png']),
    ).toEqual([
      '/a/ <img src="https://evil.example/pixel.png"> loads https://evil.example/pixel.png, which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site',
      '/a/ <img srcset="//cdn.example/b.png"> loads //cdn.example/b.png, which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site',
      '/a/ <link href="https://fonts.example/css"> loads https://fonts.example/css, which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site',
      '/a/ <iframe src="https://video.example/embed"> loads https://video.example/embed, which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site',
      '/a/ <img src="data:image/png;base64,AAAA"> loads data:image/png;base64,AAAA, which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site',
      '/a/ a style on the page loads https://fonts.example/x.css, which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site',
      '/a/ a style on the page loads https://evil.example/bg.png, which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site',
    ]);
  });
  it('the site’s icon as an SVG data: URL in the head, and no other data: file', () => {
    const icon = `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E" type="image/svg+xml">`;
    expect(check({ '/a/': page('<p>Text</p>', `${SITE_SCRIPT}${icon}`) })).toEqual([]);
    expect(check({ '/a/': page('<p>Text</p>', `${SITE_SCRIPT}<link rel="icon" href="data:image/png;base64,AAAA">`) })).toHaveLength(1);
  });
  it('links to other sites and pages that name themselves, which load nothing', () => {
    expect(check({ '/a/': page('<a href="https://arxiv.org/abs/1">paper</a><a href="mailto:x@example.org">mail</a>', `${SITE_SCRIPT}<link rel="canonical" href="https://site.example/a/">`) })).toEqual([]);
  });
  it('only files the build wrote', () => {
    expect(check({ '/a/': page('<img alt="" src="/images/missing.png"><img alt="" src="/og/a.png">') }, ['/og/a.png'])).toEqual(['/a/ <img> loads /images/missing.png, which the build does not write']);
  });
});

describe('ids, links and #fragments', () => {
  it('each id once per page', () => {
    expect(check({ '/a/': page('<h2 id="main">Main</h2><section id="memory-calculator"></section><h2 id="memory-calculator">x</h2>') })).toEqual([
      '/a/ the id "main" is on the page twice (<main> and <h2>), so a link to #main cannot reach the second',
      '/a/ the id "memory-calculator" is on the page twice (<section> and <h2>), so a link to #memory-calculator cannot reach the second',
    ]);
  });
  it('links that land on a page and an id of it', () => {
    const pages = {
      '/a/': page('<h2 id="intro">Intro</h2><a href="#intro">top</a><a href="/b/#part">b</a><a href="/b">b</a><a href="/search/?q=x%20y">s</a><a href="../b/">up</a><a href="/rss.xml">feed</a>'),
      '/b/': page('<h2 id="part">Part</h2><a href="/no-such-page/">x</a><a href="/a/#nope">y</a><a href="#gone">z</a><form action="/nowhere/"></form>'),
      '/search/': page(''),
    };
    expect(check(pages, ['/rss.xml'])).toEqual([
      '/b/ the link /no-such-page/ leads to no page of the site',
      '/b/ the link /a/#nope points at #nope, which /a/ does not have',
      '/b/ the link #gone points at #gone, which this page does not have',
      '/b/ the link /nowhere/ leads to no page of the site',
    ]);
  });
});

describe('problems traced to content files', () => {
  it('names the page’s own file, or on a list page the entry the problem sits in, with the line', () => {
    const root = mkdtempSync(join(tmpdir(), 'owe-sources-'));
    try {
      mkdirSync(join(root, 'content', 'faq'), { recursive: true });
      mkdirSync(join(root, 'content', 'articles'));
      writeFileSync(join(root, 'content', 'articles', 'quantization.mdx'), '---\ntitle: Q\n---\n\nIntro.\n\n## Main\n\nSee ![x](https://evil.example/p.png).\n');
      writeFileSync(join(root, 'content', 'faq', 'free.md'), '---\nquestion: Free?\n---\n\nYes.\n');
      writeFileSync(join(root, 'content', 'faq', 'main.md'), '---\nquestion: Main?\n---\n\nNo.\n');
      const sources = contentSources(['content/articles/quantization.mdx', 'content/faq/free.md', 'content/faq/main.md']);
      const faqList = page('<h2 id="free">Free?</h2><p>Yes.</p><h2 id="main">Main?</h2><p>No.</p>');
      const article = page('<h2 id="main">Main</h2><p>See <img alt="x" src="https://evil.example/p.png"></p>');
      const checks = new PageChecks(() => false);
      checks.add('/faq/', faqList);
      checks.add('/articles/quantization/', article);
      checks.add('/tools/', page('<p id="main">x</p>'));
      const html: Record<string, string> = { '/faq/': faqList, '/articles/quantization/': article, '/tools/': page('<p id="main">x</p>') };
      const described = checks.problems().map((p) => describeProblem(p, sources.fileOf(p, () => html[p.page] ?? ''), root).split(': ')[0]);
      expect(described).toEqual(['content/faq/main.md', 'content/articles/quantization.mdx:7', 'content/articles/quantization.mdx:9', '/tools/']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('reads page paths from dist/ file names', () => {
    expect(['index.html', 'faq/index.html', 'articles/x/index.html', '404.html'].map(pagePath)).toEqual(['/', '/faq/', '/articles/x/', '/404.html']);
  });
});
