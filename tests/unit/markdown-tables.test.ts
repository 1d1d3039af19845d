import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { markdownTables } from '@/lib/markdown-tables';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [markdownTables] })).html;

describe('tables written in Markdown', () => {
  it('scroll inside a focusable region named after their own columns, with column-scoped headers', async () => {
    const html = await render(
      '| Format | Bits |\n| --- | --- |\n| GGUF | 4 |\n\nBetween the tables.\n\n| License | Commercial use | Notes |\n| --- | --- | --- |\n| Apache 2.0 | yes | none |\n',
    );
    const regions = [...html.matchAll(/<section class="md-table" tabindex="0" aria-label="([^"]*)">\s*<table>/g)].map((m) => m[1]);
    expect(regions).toEqual(['Table: Format, Bits', 'Table: License, Commercial use, Notes']);
    expect(html.match(/<th scope="col">/g)).toHaveLength(5);
    expect(html).not.toMatch(/<td[^>]*scope/);
    expect(html).toContain('<p>Between the tables.</p>');
  });

  it('leaves a document without tables as it was', async () => {
    const markdown = '# Title\n\nA paragraph with **bold** text.\n';
    expect(await render(markdown)).toBe((await markdownToHtml(markdown)).html);
  });
});
