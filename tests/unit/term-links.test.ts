import { describe, expect, it } from 'vitest';
import { renderTermLinks, termLinks } from '../../scripts/lib/term-links.ts';
import { termLinkHtml } from '@/lib/term-link';

const link = (slug: string, words: string) => termLinkHtml(slug, { term: slug, definition: `What ${slug} means.` }, words);

describe('npm run links:terms', () => {
  it('shows each automatic glossary link in its sentence, with the term it links to', () => {
    const html = `<article><h2 id="x">Heading</h2><p>Llama 3.1 has 8.03 billion ${link('parameters', 'parameters')}. You may ${link('reproducibility', 'reproduce')} the work &amp; sell it.</p><ul><li>A ${link('gguf', 'GGUF')} file</li></ul></article>`;
    expect(termLinks(html)).toEqual([
      { term: 'parameters', words: 'parameters', sentence: 'Llama 3.1 has 8.03 billion [parameters → parameters].' },
      { term: 'reproducibility', words: 'reproduce', sentence: 'You may [reproduce → reproducibility] the work & sell it.' },
      { term: 'gguf', words: 'GGUF', sentence: 'A [GGUF → gguf] file' },
    ]);
  });

  it('prints them article by article with a total', () => {
    const report = renderTermLinks([
      { path: '/articles/a/', links: [{ term: 'gguf', words: 'GGUF', sentence: 'A [GGUF → gguf] file' }] },
      { path: '/articles/b/', links: [] },
    ]);
    expect(report).toBe('/articles/a/\n  GGUF → gguf: A [GGUF → gguf] file\n\n1 automatic glossary links in 2 articles. A link in the wrong sense comes from an alias in content/glossary: remove or narrow it.');
  });
});
