import { describe, expect, it } from 'vitest';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownTables } from '@/build/markdown/tables';
import { headingAnchors } from '@/build/markdown/heading-anchors';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [markdownTables] })).html;

describe('tables written in Markdown', () => {
  it('scroll inside a focusable region named after their own columns, with column-scoped headers', async () => {
    const html = await render(
      '| Format | Bits |\n| --- | --- |\n| GGUF | 4 |\n\nBetween the tables.\n\n| License | Commercial use | Notes |\n| --- | --- | --- |\n| Apache 2.0 | yes | none |\n',
    );
    const regions = [...html.matchAll(/<section class="md-table" tabindex="0" aria-label="([^"]*)">\s*<table class="stack">/g)].map((m) => m[1]);
    expect(regions).toEqual(['Table: Format, Bits', 'Table: License, Commercial use, Notes']);
    expect(html.match(/<th scope="col">/g)).toHaveLength(5);
    expect(html).not.toMatch(/<td[^>]*scope/);
    expect(html).toContain('<p>Between the tables.</p>');
  });

  it('name each cell after its column, for the cards narrow screens show; the first cell is the row’s label', async () => {
    const html = await render('| License | Commercial `use` | Notes |\n| --- | --- | --- |\n| Apache 2.0 | yes |\n| MIT | yes | none | extra |\n');
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => [...(m[1] ?? '').matchAll(/<td([^>]*)>/g)].map((c) => c[1]));
    expect(rows).toEqual([
      ['', ' data-label="Commercial use"', ' data-label="Notes"'],
      ['', ' data-label="Commercial use"', ' data-label="Notes"'],
    ]);
  });

  it('leaves a document without tables as it was', async () => {
    const markdown = '# Title\n\nA paragraph with **bold** text.\n';
    expect(await render(markdown)).toBe((await markdownToHtml(markdown)).html);
  });
});

describe('heading anchors', () => {
  const withAnchors = async (markdown: string, file = '/site/content/articles/a.mdx') =>
    (await markdownToHtml(markdown, { fileURL: new URL(`file://${file}`), hastPlugins: [headingAnchors({ include: (p) => p.includes('/content/articles/') }), satteriHeadingIdsPlugin()] })).html;
  const anchor = (id: string) =>
    `<a class="heading-anchor" href="#${id}" data-copy-link data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Copy link to this section</span></a>`;

  it('put each h2 and h3 of an article beside a link to itself, outside the heading text', async () => {
    const html = await withAnchors('## An `example`\n\nText.\n\n### Next step\n\n#### Deeper\n');
    expect(html).toContain(`<div class="heading-wrap"><h2 id="an-example">An <code>example</code></h2>${anchor('an-example')}</div>`);
    expect(html).toContain(`<div class="heading-wrap"><h3 id="next-step">Next step</h3>${anchor('next-step')}</div>`);
    expect(html).toContain('<h4 id="deeper">Deeper</h4>');
  });

  it('escape the id in the link', async () => {
    const oddId = defineHastPlugin({ name: 'odd-id', element: { filter: ['h2'], visit: (h, ctx) => ctx.setProperty(h, 'id', 'x"><b>') } });
    const html = (await markdownToHtml('## Heading\n', { fileURL: new URL('file:///site/content/articles/a.mdx'), hastPlugins: [oddId, headingAnchors({ include: () => true })] })).html;
    // The quote is escaped, so the id cannot end the attribute; < and > are harmless inside one.
    expect(html).toContain('<a class="heading-anchor" href="#x&quot;><b>" data-copy-link');
  });

  it('give every heading the id Astro would, so the outline and the links agree', async () => {
    const html = await withAnchors('# Title\n\n## Same\n\n### Same\n\n## Q&A: “quotes”\n');
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['title', 'same', 'same-1', 'qa-quotes']);
  });

  it('leave documents outside the articles alone', async () => {
    expect(await withAnchors('## Heading\n', '/site/content/faq/x.md')).toBe('<h2 id="heading">Heading</h2>\n');
  });
});
