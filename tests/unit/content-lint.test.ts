import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { countWords } from '@/lib/reading-time';
import { firstParagraph, frontMatterText, toPlainText, withoutFrontMatter, wordCount } from '@/lib/markdown-text';

/** Editorial rules the schemas cannot express, run over the real content folder. */
const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

interface Doc {
  file: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

function load(dir: string, ext: string): Doc[] {
  return readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => {
      const text = readFileSync(join(CONTENT, dir, f), 'utf8');
      const data = (parse(frontMatterText(text)) ?? {}) as Record<string, unknown>;
      return { file: `content/${dir}/${f}`, slug: f.slice(0, -ext.length), data, body: withoutFrontMatter(text) };
    });
}

const articles = load('articles', '.mdx');
const terms = load('glossary', '.md');
const faqs = load('faq', '.md');

describe('the explainer is complete', () => {
  it('has the 16 articles, 50 terms and 24 answers of the content brief', () => {
    expect(articles.length).toBeGreaterThanOrEqual(16);
    expect(terms.length).toBeGreaterThanOrEqual(50);
    expect(faqs.length).toBeGreaterThanOrEqual(24);
  });
});

describe('articles', () => {
  it.each(articles.map((a) => [a.file, a]))('%s is 700–2,000 words and cites sources', (_f, a) => {
    const words = countWords(a.body);
    expect(words, `${a.file} has ${words} words`).toBeGreaterThanOrEqual(700);
    expect(words, `${a.file} has ${words} words`).toBeLessThanOrEqual(2000);
    expect((a.data['sources'] as unknown[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
  it('have unique reading-order numbers', () => {
    const orders = articles.map((a) => a.data['order']);
    expect(orders.filter((o, i) => orders.indexOf(o) !== i)).toEqual([]);
  });
});

describe('glossary', () => {
  it.each(terms.map((t) => [t.file, t]))('%s has a definition, an explanation and sources', (_f, t) => {
    expect(String(t.data['definition'] ?? '').trim()).not.toBe('');
    expect(wordCount(toPlainText(t.body))).toBeGreaterThanOrEqual(40);
    expect((t.data['sources'] as unknown[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });
  it('never gives two terms the same name or alias', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of terms) {
      for (const name of [t.data['term'], ...((t.data['aliases'] as unknown[]) ?? [])].map((n) => String(n).trim().toLowerCase())) {
        const prev = owner.get(name);
        if (prev && prev !== t.slug) clashes.push(`"${name}" in ${prev} and ${t.slug}`);
        owner.set(name, t.slug);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('FAQ', () => {
  it.each(faqs.map((f) => [f.file, f]))('%s answers in a first paragraph of at most 60 words', (_f, f) => {
    const words = wordCount(toPlainText(firstParagraph(f.body)));
    expect(words).toBeGreaterThan(0);
    expect(words, `${f.file}: the short answer has ${words} words`).toBeLessThanOrEqual(60);
    expect((f.data['sources'] as unknown[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });
  it('has no two questions worded the same', () => {
    const questions = faqs.map((f) => String(f.data['question']).toLowerCase());
    expect(questions.filter((q, i) => questions.indexOf(q) !== i)).toEqual([]);
  });
});

describe('no unfinished text ships', () => {
  it.each([...articles, ...terms, ...faqs].map((d) => [d.file, d]))('%s', (_f, d) => {
    expect(d.body).not.toMatch(/\b(TODO|TBD|FIXME|lorem ipsum)\b/i);
  });
});
