import { describe, expect, it } from 'vitest';
import { htmlPages, readPage, searchFragments } from '../support/dist';

// /faq/ lists the questions with their short answers; each full answer lives on /faq/<slug>/, the
// page readers share. These checks hold the two together in the built site.
const pages = htmlPages();
const answers = pages.filter((p) => /^\/faq\/[^/]+\/$/.test(p.path)).map((p) => ({ slug: p.path.split('/')[2] ?? '', html: readPage(p.file) }));
const list = readPage(pages.find((p) => p.path === '/faq/')?.file ?? '');
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
const decode = (text: string) => text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
/** The short answer /faq/ shows under a question. */
const shortOf = (slug: string) => decode(new RegExp(`<li id="${slug}"[^>]*>[\\s\\S]*?<p[^>]*>([^<]+)</p>`).exec(list)?.[1] ?? '');

describe('the FAQ list and the answer pages', () => {
  it('has answer pages to check', () => {
    expect(answers.length).toBeGreaterThanOrEqual(20);
  });

  it.each(answers.map((a) => [a.slug, a]))('%s: an item with its id (old /faq/#slug links), a link to its page and a copy control for that page', (slug) => {
    const item = new RegExp(`<li id="${slug}"[^>]*>([\\s\\S]*?)</li>`).exec(list)?.[1] ?? '';
    expect(item, `no <li id="${slug}"> on /faq/`).not.toBe('');
    expect(item).toMatch(new RegExp(`<a href="/faq/${slug}/"`));
    expect(item).toMatch(new RegExp(`data-copy-link="/faq/${slug}/"`));
  });

  it.each(answers.map((a) => [a.slug, a]))('%s: its page previews as that answer, and the list shows the same short answer', (slug, { html }) => {
    const question = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '');
    expect(question).toMatch(/\?$/);
    const url = meta(html, 'og:url') ?? '';
    expect(new URL(url).pathname).toBe(`/faq/${slug}/`);
    expect(html).toContain(`<link rel="canonical" href="${url}"`);
    expect(decode(meta(html, 'og:title') ?? '')).toBe(question);
    expect(new URL(meta(html, 'og:image') ?? '').pathname).toBe(`/og/faq/${slug}.png`);
    // The description is the short answer, cut to fit a preview; the list shows it whole.
    const description = decode(meta(html, 'og:description') ?? '').replace(/…$/, '');
    const short = shortOf(slug);
    expect(description.length).toBeGreaterThan(40);
    expect(short.startsWith(description)).toBe(true);
  });

  it('copies only answer pages: no copy control on the site points at /faq/#slug', () => {
    const pointing = pages.filter((p) => readPage(p.file).includes('data-copy-link="/faq/#')).map((p) => p.path);
    expect(pointing).toEqual([]);
  });
});

describe('the search index', () => {
  const fragments = searchFragments();

  it('holds each answer once, on its own page, and not the /faq/ list', () => {
    const urls = fragments.map((f) => f.url);
    expect(urls).not.toContain('/faq/');
    for (const { slug } of answers) expect(urls.filter((u) => u === `/faq/${slug}/`), slug).toHaveLength(1);
    // The opening words of each short answer, as the list shows them, are indexed on its page alone.
    const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    for (const { slug } of answers) {
      const opening = shortOf(slug).split(' ').slice(0, 10).join(' ');
      expect(opening.length, slug).toBeGreaterThan(30);
      expect(fragments.filter((f) => plain(f.content).includes(opening)).map((f) => f.url), slug).toEqual([`/faq/${slug}/`]);
    }
  });
});
