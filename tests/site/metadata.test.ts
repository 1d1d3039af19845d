import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, readPage } from '../support/dist';
import { CONTENT } from '../support/content';

const pages = htmlPages();
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);

/** Properties each schema.org type must carry for search engines to use it. */
const REQUIRED: Record<string, string[]> = {
  WebSite: ['name', 'url'],
  WebPage: ['name', 'url'],
  Article: ['headline', 'description', 'url', 'image', 'datePublished', 'dateModified', 'author', 'publisher'],
  BreadcrumbList: ['itemListElement'],
  FAQPage: ['mainEntity'],
  DefinedTermSet: ['name', 'hasDefinedTerm'],
  DefinedTerm: ['name', 'description', 'url', 'inDefinedTermSet'],
};

function problems(data: Record<string, unknown>): string[] {
  const type = String(data['@type']);
  const out: string[] = [];
  if (data['@context'] !== 'https://schema.org') out.push(`${type}: @context`);
  const required = REQUIRED[type];
  if (!required) return [...out, `unexpected type ${type}`];
  for (const key of required) if (data[key] === undefined || data[key] === '') out.push(`${type}: missing ${key}`);
  if (type === 'BreadcrumbList') {
    (data['itemListElement'] as { position: number; name: string; item: string }[]).forEach((li, i) => {
      if (li.position !== i + 1 || !li.name || !/^https:\/\//.test(li.item)) out.push(`BreadcrumbList item ${i}`);
    });
  }
  const main = data['mainEntity'] as Record<string, unknown> | undefined;
  const questions = type === 'FAQPage' ? (data['mainEntity'] as Record<string, unknown>[]) : main?.['@type'] === 'Question' ? [main] : [];
  for (const q of questions) {
    const answer = q['acceptedAnswer'] as Record<string, unknown> | undefined;
    if (q['@type'] !== 'Question' || !q['name'] || answer?.['@type'] !== 'Answer' || !answer['text']) out.push(`${type}: malformed Question`);
  }
  if (type === 'DefinedTermSet') {
    for (const t of data['hasDefinedTerm'] as Record<string, unknown>[]) if (!t['name'] || !t['description'] || !t['url']) out.push('DefinedTermSet: malformed term');
  }
  return out;
}

describe('every page carries metadata for sharing and search engines', () => {
  it.each(pages.map((p) => [p.path, p.file]))('%s', (path, file) => {
    const html = readPage(file);
    const indexed = !html.includes('<meta name="robots" content="noindex">');
    // A page kept out of search engines (the 404 page) names no address of its own.
    expect(/<link rel="canonical" href="https:\/\/[^"]+"/.test(html), `${path}: canonical`).toBe(indexed);
    expect(meta(html, 'og:url') !== undefined, `${path}: og:url`).toBe(indexed);
    if (indexed) expect(new URL(meta(html, 'og:url') ?? '').pathname, `${path}: og:url`).toBe(path);
    for (const key of ['description', 'og:title', 'og:description', 'og:site_name', 'og:image', 'twitter:card']) {
      expect(meta(html, key), `${path}: ${key}`).toBeTruthy();
    }
    const image = new URL(meta(html, 'og:image') ?? '').pathname;
    expect(existsSync(join(DIST, image)), `${path}: social card ${image}`).toBe(true);
    const blocks = jsonLd(html);
    expect(blocks.length, `${path}: JSON-LD`).toBeGreaterThan(0);
    expect(blocks.flatMap(problems)).toEqual([]);
  });

  it('uses the expected structured data per page type', () => {
    const types = (path: string) => jsonLd(readPage(pages.find((p) => p.path === path)?.file ?? '')).map((d) => d['@type']);
    expect(types('/')).toEqual(['WebSite']);
    expect(types('/articles/quantization/')).toEqual(['Article', 'BreadcrumbList']);
    expect(types('/faq/')).toEqual(['FAQPage', 'BreadcrumbList']);
    expect(types('/faq/is-llama-open-source/')).toEqual(['WebPage', 'BreadcrumbList']);
    expect(types('/404.html')).toEqual(['WebPage']);
    expect(types('/glossary/')).toEqual(['DefinedTermSet', 'BreadcrumbList']);
    expect(types('/glossary/lora/')).toEqual(['DefinedTerm', 'BreadcrumbList']);
  });

  it('gives every page its own title and description', () => {
    const titles = pages.map((p) => /<title>([^<]*)<\/title>/.exec(readPage(p.file))?.[1]);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    const descriptions = pages.map((p) => meta(readPage(p.file), 'description'));
    expect(descriptions.filter((d, i) => descriptions.indexOf(d) !== i)).toEqual([]);
  });

  it('makes social cards as real PNG images', () => {
    const png = readFileSync(join(DIST, 'og', 'articles', 'quantization.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});

describe('feeds and crawler files', () => {
  const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  it('publishes an RSS 2.0 feed of every article, newest first, that names its own address', () => {
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(rss).toMatch(/<atom:link href="https:\/\/[^"]+\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    expect(rss).toMatch(/<lastBuildDate>[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} 00:00:00 GMT<\/lastBuildDate>/);
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? '');
    expect(items).toHaveLength(pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path)).length);
    const dates = items.map((i) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(i)?.[1] ?? ''));
    expect(dates.every((d, i) => i === 0 || d <= (dates[i - 1] ?? d))).toBe(true);
    for (const item of items) {
      const link = new URL(/<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '').pathname;
      expect(existsSync(join(DIST, link, 'index.html')), link).toBe(true);
      // Dated by first publication, not by the last review.
      const published = /^published: (\S+)$/m.exec(readFileSync(join(CONTENT, 'articles', `${link.split('/')[2]}.mdx`), 'utf8'))?.[1];
      expect(new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? '').toISOString().slice(0, 10), link).toBe(published);
    }
  });
  it('serves /favicon.ico: the SVG icon at 16, 32 and 48 pixels', () => {
    const ico = readFileSync(join(DIST, 'favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    const entries = [0, 1, 2].map((i) => ({ size: ico.readUInt8(6 + 16 * i), bytes: ico.readUInt32LE(14 + 16 * i), offset: ico.readUInt32LE(18 + 16 * i) }));
    expect(entries.map((e) => e.size)).toEqual([16, 32, 48]);
    for (const { size, bytes, offset } of entries) {
      const png = ico.subarray(offset, offset + bytes);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
  it('lists every page in the sitemap with a last-modified date, and robots.txt points at it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(<lastmod>[^<]+<\/lastmod>)?/g)];
    const expected = pages.filter((p) => !p.path.startsWith('/404'));
    expect(urls.map((u) => new URL(u[1] ?? '').pathname).sort()).toEqual(expected.map((p) => p.path).sort());
    expect(urls.filter((u) => !u[2]).map((u) => u[1])).toEqual([]);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
  });
});
