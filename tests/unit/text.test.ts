import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/lib/reading-time';
import { firstParagraph, frontMatterText, toPlainText, truncate, wordCount } from '@/lib/markdown-text';
import { buildToc } from '@/lib/toc';
import { neighbours } from '@/lib/sequence';
import { groupByLetter, indexLetter } from '@/lib/alphabet';
import { groupByCategory } from '@/lib/faq-list';
import { formatDate, isoDate } from '@/lib/dates';
import { pageTitle } from '@/lib/site';
import { urls } from '@/lib/urls';

describe('reading time', () => {
  it('counts prose words and ignores front matter, code and link targets', () => {
    const md = '---\ntitle: x\n---\nOne two [three](/a/very/long/url/) four.\n\n```bash\nnot counted at all\n```\n<Term slug="x">five</Term>';
    expect(countWords(md)).toBe(5);
  });
  it('leaves out the component imports at the top of an MDX article', () => {
    const md = "---\ntitle: x\n---\n\nimport Callout from '@/components/mdx/Callout.astro';\nimport { a } from \"./b\"\n\nOne import from two.";
    expect(countWords(md)).toBe(4);
  });
  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array(1100).fill('w').join(' '))).toBe(5);
  });
});

describe('markdown text', () => {
  it('reads the front matter between the opening --- lines, with either line ending', () => {
    expect(frontMatterText('---\nterm: LoRA\n---\nBody')).toBe('term: LoRA');
    expect(frontMatterText('---\r\nterm: LoRA\r\n---\r\nBody')).toBe('term: LoRA');
    expect(frontMatterText('Body\n---\nnot: front matter\n---')).toBe('');
  });
  it('takes the first paragraph, skipping headings', () => {
    expect(firstParagraph('### Heading\n\nFirst **bold** line\ncontinues.\n\nSecond.')).toBe('First **bold** line\ncontinues.');
  });
  it('reduces inline Markdown to what a reader sees', () => {
    expect(toPlainText('Read [the card](/glossary/model-card/) and `config.json`, **twice**.')).toBe('Read the card and config.json, twice.');
  });
  it('truncates at a word boundary with an ellipsis', () => {
    const out = truncate('alpha beta gamma delta', 12);
    expect(out).toBe('alpha beta…');
    expect(out.length).toBeLessThanOrEqual(12);
    expect(truncate('short', 12)).toBe('short');
  });
  it('counts words', () => expect(wordCount(' a b  c ')).toBe(3));
});

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and drops other levels', () => {
    const toc = buildToc([
      { depth: 1, slug: 't', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(['a1']);
  });
  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }]).map((i) => i.slug)).toEqual(['x']);
  });
});

describe('previous and next', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('finds both neighbours in the middle', () => expect(neighbours(items, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } }));
  it('has no previous for the first item', () => expect(neighbours(items, 'a')).toEqual({ next: { id: 'b' } }));
  it('returns nothing for an unknown id', () => expect(neighbours(items, 'z')).toEqual({}));
});

describe('A–Z index', () => {
  it('files names under their first letter, digits under #', () => {
    expect(indexLetter('quantization')).toBe('Q');
    expect(indexLetter('8-bit')).toBe('#');
    expect(indexLetter('Ämter')).toBe('A');
  });
  it('groups and sorts case-insensitively', () => {
    const groups = groupByLetter(['model card', 'API', 'Model', 'apache', '4-bit'], (s) => s);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'M']);
    expect(groups[1]?.items).toEqual(['apache', 'API']);
  });
});

describe('the FAQ list', () => {
  it('groups questions under their categories in the categories’ order, keeps each group’s order and skips empty ones', () => {
    const q = (slug: string, category: 'basics' | 'licensing' | 'trust') => ({ slug, category });
    const groups = groupByCategory([q('c', 'trust'), q('a', 'basics'), q('l2', 'licensing'), q('l1', 'licensing')]);
    expect(groups.map((g) => [g.id, g.label, g.items.map((i) => i.slug)])).toEqual([
      ['category-basics', 'The basics', ['a']],
      ['category-licensing', 'Licenses and commercial use', ['l2', 'l1']],
      ['category-trust', 'Safety, privacy and trust', ['c']],
    ]);
  });
});

describe('dates, titles and URLs', () => {
  it('formats dates for readers and machines in UTC', () => {
    const d = new Date('2026-11-23');
    expect(formatDate(d)).toBe('November 23, 2026');
    expect(isoDate(d)).toBe('2026-11-23');
  });
  it('adds the site name to page titles, except on the home page', () => {
    expect(pageTitle('Quantization')).toBe('Quantization · Open Weights, Explained');
    expect(pageTitle()).toBe('Open Weights, Explained');
    expect(pageTitle('What if the publisher changes the license later?')).toBe('What if the publisher changes the license later? · Open Weights');
    expect(pageTitle('A'.repeat(65))).toBe('A'.repeat(65));
  });
  it('builds the stable URL scheme', () => {
    expect(urls.article('quantization')).toBe('/articles/quantization/');
    expect(urls.faqAnchor('is-llama-open-source')).toBe('/faq/#is-llama-open-source');
    expect(urls.search('open weights & "licence"')).toBe('/search/?q=open%20weights%20%26%20%22licence%22');
  });
});
