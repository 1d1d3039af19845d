import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlPages, readPage } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressHTML joins inline elements; whitespace style is not a validity question.
    'no-trailing-whitespace': 'off',
    // Shiki writes colours as inline styles by design (light-dark() per token).
    'no-inline-style': 'off',
    // Attribute order/quoting is the compiler's, not ours.
    'attribute-empty-style': 'off',
    // The same link text ("Source") legitimately points at different cited pages in tables.
    'valid-id': ['error', { relaxed: true }],
  },
});

const pages = htmlPages();

describe('every built page is valid HTML', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(90));
  it.each(pages.map((p) => [p.path, p.file]))('%s', async (_path, file) => {
    const report = await validator.validateString(readPage(file));
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});

describe('highlighted code', () => {
  const blocks = htmlPages().flatMap((p) => [...readPage(p.file).matchAll(/<pre class="astro-code[\s\S]*?<\/pre>/g)].map((m) => ({ path: p.path, html: m[0] })));

  it('appears on the articles that show code', () => {
    expect(new Set(blocks.map((b) => b.path)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b, i) => [`${b.path} #${i}`, b.html]))('%s has a colour for each colour scheme, once per token', (_name, html) => {
    expect(html).toMatch(/^<pre [^>]*style="background-color:light-dark\(#ffffff, #0d1117\);color:light-dark\(#1f2328, #e6edf3\)/);
    const styles = [...html.matchAll(/<span style="([^"]*)"/g)].map((m) => m[1]);
    expect(styles.filter((s) => !/^color:light-dark\(#[0-9A-Fa-f]{6}, #[0-9A-Fa-f]{6}\)(;font-style:italic)?$/.test(s as string))).toEqual([]);
  });
});
