import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/dist';

const pages = htmlPages().map((p) => ({ ...p, html: readPage(p.file) }));
const figures = pages.flatMap((p) => [...p.html.matchAll(/<figure class="comparison[\s\S]*?<\/figure>/g)].map((m) => ({ path: p.path, html: m[0] })));
const tables = figures.map((f) => ({ path: f.path, html: /<table[\s\S]*?<\/table>/.exec(f.html)?.[0] ?? '' }));
const markdownTables = pages.flatMap((p) => [...p.html.matchAll(/<section class="md-table"[^>]*>\s*<table[\s\S]*?<\/table>/g)].map((m) => ({ path: p.path, html: m[0] })));

describe('comparison tables', () => {
  it('are used on at least six pages, including the ones the design names', () => {
    const using = pages.filter((p) => p.html.includes('data-comparison=')).map((p) => p.path);
    expect(using.length).toBeGreaterThanOrEqual(6);
    for (const path of ['/', '/articles/open-weights-vs-open-source/', '/articles/openness-spectrum/', '/articles/model-families/', '/articles/why-open-weights-matter/', '/articles/open-source-ai-definition/']) {
      expect(using).toContain(path);
    }
  });

  it.each(tables.map((t, i) => [`${t.path} #${i}`, t.html]))('%s has a caption and scoped headers', (_name, html) => {
    expect(html).toMatch(/<caption[^>]*>\s*\S/);
    const headers = [...html.matchAll(/<th\b[^>]*>/g)].map((m) => m[0]);
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.filter((h) => !/scope="(col|row|colgroup)"/.test(h))).toEqual([]);
  });

  it('of every kind (comparisons, Markdown, tools) scope every header cell', () => {
    const unscoped = pages.flatMap((p) => [...p.html.matchAll(/<th\b[^>]*>/g)].filter((m) => !/scope="(col|row|colgroup|rowgroup)"/.test(m[0])).map((m) => `${p.path}: ${m[0]}`));
    expect(unscoped).toEqual([]);
  });

  it('written in Markdown scroll inside a labelled, focusable region', () => {
    expect(markdownTables.length).toBeGreaterThan(0);
    // Tables in article prose: each is a Markdown table in its region, a comparison, or part of an embedded tool.
    for (const p of pages.filter((page) => page.path.startsWith('/articles/'))) {
      const prose = /<div class="prose[\s\S]*?<\/article>/.exec(p.html)?.[0] ?? '';
      const withoutTools = prose.replace(/<section class="tool[\s\S]*?<\/section>\s*<script/g, '').replace(/<figure class="comparison[\s\S]*?<\/figure>/g, '');
      const inRegions = (withoutTools.match(/<section class="md-table"/g) ?? []).length;
      expect((withoutTools.match(/<table/g) ?? []).length, p.path).toBe(inRegions);
    }
    for (const t of markdownTables) {
      expect(t.html).toMatch(/^<section class="md-table" tabindex="0" aria-label="Table: [^"]+, [^"]+"/);
      expect([...t.html.matchAll(/<th\b[^>]*>/g)].every((m) => /scope="(col|row)"/.test(m[0]))).toBe(true);
    }
  });

  it('show every vocabulary value as a word, never colour or a symbol alone', () => {
    for (const t of tables) {
      const cells = [...t.html.matchAll(/<td data-value="(\w+)"[^>]*>([\s\S]*?)<\/td>/g)];
      for (const [, value, cell] of cells) {
        expect(cell, `${t.path}: a "${value}" cell`).toMatch(/class="word"[^>]*>(Yes|Partly|Sometimes|Rarely|No|Not applicable)</);
      }
    }
  });

  it('link footnotes both ways', () => {
    const html = pages.find((p) => p.path === '/articles/open-weights-vs-open-source/')?.html ?? '';
    const refs = [...html.matchAll(/href="#(release-types-note-\d+)" id="(release-types-ref-\d+)"/g)];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, note, ref] of refs) {
      expect(html).toContain(`id="${note}"`);
      expect(html).toContain(`href="#${ref}"`);
    }
  });

  it('give every crosswalk cell a source and an as-of date, under grouped column headers', () => {
    const html = pages.find((p) => p.path === '/articles/open-source-ai-definition/')?.html ?? '';
    const table = /<figure class="comparison[^"]*" data-comparison="definitions-crosswalk"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(table).toContain('scope="colgroup"');
    const cells = [...table.matchAll(/<td\b[\s\S]*?<\/td>/g)].map((m) => m[0]).filter((c) => !/<td[^>]*><\/td>/.test(c));
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((c) => !/class="cell-source"[\s\S]*Source[\s\S]*as of \d{4}-\d{2}-\d{2}/.test(c))).toEqual([]);
  });
});
