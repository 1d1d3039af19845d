import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, htmlPages, readPage } from '../support/dist';
import { TOOLS } from '@/lib/tools/catalog';

const pages = htmlPages().map((p) => ({ ...p, html: readPage(p.file) }));
const withTool = pages.filter((p) => p.html.includes(' data-tool='));
const withoutTool = pages.filter((p) => !p.html.includes(' data-tool='));

/** The module a tool page keeps inert in its template, and every file that module imports. */
function toolFiles(html: string): string[] {
  const src = /<template data-tool-code[^>]*><script type="module" src="(\/_astro\/[^"]+\.js)"><\/script><\/template>/.exec(html)?.[1];
  if (!src) return [];
  const files = [src];
  for (let i = 0; i < files.length; i++) {
    const code = readFileSync(join(DIST, files[i] as string), 'utf8');
    for (const m of code.matchAll(/from"\.\/([^"]+\.js)"|import"\.\/([^"]+\.js)"/g)) {
      const file = `/_astro/${m[1] ?? m[2]}`;
      if (!files.includes(file)) files.push(file);
    }
  }
  return files;
}

describe('pages with a tool', () => {
  it('are the tool pages and the articles that embed each tool', () => {
    const expected = TOOLS.flatMap((t) => [`/tools/${t.slug}/`, ...t.articles.map((a) => `/articles/${a}/`)]).sort();
    expect(withTool.map((p) => p.path).sort()).toEqual([...new Set(expected)].sort());
    for (const tool of TOOLS) {
      for (const article of tool.articles) expect(pages.find((p) => p.path === `/articles/${article}/`)?.html).toContain(`data-tool="${tool.slug}"`);
    }
  });

  it('keep the tool module inert in a <template>, as a file that exists, and never as a script of the page itself', () => {
    for (const { path, html } of withTool) {
      const files = toolFiles(html);
      expect(files.length, path).toBeGreaterThan(0);
      for (const file of files) expect(existsSync(join(DIST, file)), `${path}: ${file}`).toBe(true);
      const outsideTemplates = html.replace(/<template data-tool-code[\s\S]*?<\/template>/g, '');
      expect(outsideTemplates, path).not.toMatch(/<script[^>]*\ssrc=/);
      expect(outsideTemplates, path).not.toMatch(/<script type="module"/);
    }
  });

  it('share one byte-identical inline loader, so one CSP hash covers every page', () => {
    const loaders = withTool.map(({ html }) => /<\/template><\/section><script data-inline="tool-loader">([\s\S]*?)<\/script>/.exec(html)?.[1]);
    expect(loaders.every((l) => l?.includes('IntersectionObserver'))).toBe(true);
    expect(new Set(loaders).size).toBe(1);
  });

  it('keep each tool within 16 KB of JavaScript, 6 KB gzipped, shared helpers included', () => {
    const sizes = new Map<string, { raw: number; gzip: number }>();
    for (const { html } of withTool) {
      const tool = /data-tool="([a-z-]+)"/.exec(html)?.[1] ?? '';
      const bytes = toolFiles(html).map((f) => readFileSync(join(DIST, f)));
      sizes.set(tool, { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b).length, 0) });
    }
    expect([...sizes.keys()].sort()).toEqual(TOOLS.map((t) => t.slug).sort());
    for (const [tool, size] of sizes) {
      expect(size.raw, tool).toBeLessThanOrEqual(16 * 1024);
      expect(size.gzip, tool).toBeLessThanOrEqual(6 * 1024);
    }
  });
});

describe('pages without a tool', () => {
  it('carry none of the tools: no loader, no module, no tool styles', () => {
    expect(withoutTool.length).toBeGreaterThan(80);
    for (const { path, html } of withoutTool) {
      expect(html, path).not.toContain('data-tool-code');
      expect(html, path).not.toMatch(/\/_astro\/[^"]+\.js/);
      const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(DIST, m[1] as string), 'utf8')).join('');
      for (const marker of ['.tool-title', '.mem-chart', "data-tool='openness-explorer'", 'data-tool=openness-explorer', '.field input']) {
        expect(html + css, `${path} carries ${marker}`).not.toContain(marker);
      }
    }
  });
});
