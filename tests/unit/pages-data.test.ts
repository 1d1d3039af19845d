import { describe, expect, it } from 'vitest';
import { cardDrawing, wrapTitle } from '@/social-cards/drawing';
import { updatedDate } from '@/build/content-dates';
import { capList } from '@/lib/capped-list';
import { cardPath } from '@/lib/urls';
import { answerPage, article, breadcrumbList, definedTerm, jsonLdScript } from '@/lib/structured-data';

describe('social cards', () => {
  it('maps page paths to image paths', () => {
    expect(cardPath('/')).toBe('/og/home.png');
    expect(cardPath('/articles/quantization/')).toBe('/og/articles/quantization.png');
    expect(cardPath('/404.html')).toBe('/og/404.png');
  });
  it('wraps long titles and ends a cut title with an ellipsis', () => {
    expect(wrapTitle('What does the Open Source AI Definition require?', 24)).toEqual(['What does the Open', 'Source AI Definition', 'require?']);
    const cut = wrapTitle(Array(40).fill('word').join(' '), 24, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
  });
  it('escapes titles inside the SVG', () => {
    const card = cardDrawing({ title: 'A <b> & "c"', kind: 'Q&A <b>' });
    expect(card.template).toContain('Q&amp;A &lt;B&gt;');
    expect(card.title.lines).toEqual([{ text: 'A <b> & "c"', baseline: 250 }]);
  });
});

describe('content dates', () => {
  it('reads the updated date from front matter only', () => {
    expect(updatedDate('---\nterm: x\nupdated: 2026-11-20\n---\nBody')).toBe('2026-11-20');
    expect(updatedDate("---\nupdated: '2026-01-02'\n---")).toBe('2026-01-02');
    expect(updatedDate('---\nupdated: "2026-03-04T10:00:00Z"\n---'), 'a date, not a time').toBeUndefined();
    expect(updatedDate('---\nupdated: 2026-02-30\n---'), 'no such day').toBeUndefined();
    expect(updatedDate('---\nterm: x\n---\nupdated: 2026-11-20')).toBeUndefined();
  });
});

describe('structured data', () => {
  it('numbers breadcrumbs from one', () => {
    expect(breadcrumbList([{ name: 'Home', url: 'https://x/' }]).itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x/' }]);
  });
  it('describes a permalink answer as a web page about its question, not as a QAPage of user answers', () => {
    const page = answerPage({ question: 'Is it free?', answer: 'Not always.', url: 'https://x/faq/free/', updated: new Date('2026-11-23') });
    expect(page).toMatchObject({ '@type': 'WebPage', name: 'Is it free?', dateModified: '2026-11-23T00:00:00.000Z' });
    expect(page['mainEntity']).toMatchObject({ '@type': 'Question', name: 'Is it free?', acceptedAnswer: { '@type': 'Answer', text: 'Not always.' } });
  });
  it('dates an article by when it was first published and when it was last reviewed', () => {
    const a = article({ url: 'https://x/articles/a/', title: 'T', description: 'D', published: new Date('2026-01-02'), updated: new Date('2026-11-23'), image: 'https://x/og/a.png', origin: 'https://x' });
    expect([a['datePublished'], a['dateModified']]).toEqual(['2026-01-02T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
  });
  it('lists aliases as alternate names of a defined term', () => {
    const t = definedTerm({ name: 'License', description: 'd', url: 'https://x/glossary/license/', aliases: ['licence'] }, 'https://x/glossary/');
    expect(t['alternateName']).toEqual(['licence']);
  });
  it('never lets text close the script element', () => {
    expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('capped lists', () => {
  it('shows the first items and counts the rest', () => {
    expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(capList([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
  });
});
