import { describe, expect, it } from 'vitest';
import { excerptSegments, exactTerm, fromWire, normaliseQuery, pinExactTerm, toDisplay, toWire, type DisplayResult, type SearchTerm } from '@/lib/search-results';

const terms: SearchTerm[] = [
  { type: 'Glossary', slug: 'license', term: 'License', aliases: ['licence', 'licenses'] },
  { type: 'Glossary', slug: 'fine-tuning', term: 'Fine-tuning', aliases: ['finetuning', 'fine tune'] },
];

const result = (url: string, type: DisplayResult['type'] = 'Article'): DisplayResult => ({ type, title: url, url, excerpt: [], sections: [] });

describe('queries', () => {
  it('folds whitespace and caps a long paste', () => {
    expect(normaliseQuery('  open \n\t weights  ')).toBe('open weights');
    expect(normaliseQuery('x'.repeat(5000))).toHaveLength(200);
  });
});

describe('excerpts', () => {
  it('keeps marks and turns everything else into text, entities decoded', () => {
    expect(excerptSegments('a <mark>license</mark> &amp; <b>bold</b> &lt;tag&gt;')).toEqual([
      { text: 'a ', mark: false },
      { text: 'license', mark: true },
      { text: ' & <b>bold</b> <tag>', mark: false },
    ]);
  });
});

describe('display results', () => {
  it('reads the type from metadata, drops the site name and keeps only section links', () => {
    const r = toDisplay({
      url: '/articles/quantization/?highlight=q',
      excerpt: 'x',
      meta: { title: 'Quantization · Open Weights, Explained', type: 'Article' },
      sub_results: [
        { title: 'Quantization', url: '/articles/quantization/?highlight=q', excerpt: '' },
        { title: 'Formats', url: '/articles/quantization/?highlight=q#formats', excerpt: 'GGUF' },
      ],
    });
    expect(r.title).toBe('Quantization');
    expect(r.type).toBe('Article');
    expect(r.sections.map((s) => s.url)).toEqual(['/articles/quantization/?highlight=q#formats']);
  });
});

describe('exact glossary matches', () => {
  it('recognise names and aliases regardless of case and hyphens', () => {
    expect(exactTerm('LICENCE', terms)?.slug).toBe('license');
    expect(exactTerm('fine tuning', terms)?.slug).toBe('fine-tuning');
    expect(exactTerm('licensing', terms)).toBeUndefined();
  });
  it('move the term page to the top', () => {
    const list = [result('/articles/a/'), result('/glossary/license/?highlight=licence', 'Glossary'), result('/faq/b/', 'FAQ')];
    expect(pinExactTerm(list, 'licence', terms).map((r) => r.url)).toEqual(['/glossary/license/?highlight=licence', '/articles/a/', '/faq/b/']);
  });
  it('add the term page when the index did not return it', () => {
    expect(pinExactTerm([result('/articles/a/')], 'finetuning', terms).map((r) => r.url)).toEqual(['/glossary/fine-tuning/', '/articles/a/']);
  });
  it('leave other queries alone', () => {
    const list = [result('/articles/a/')];
    expect(pinExactTerm(list, 'weights', terms)).toBe(list);
  });
});

describe('the names list as sent', () => {
  it('comes back as it went, glossary terms and model releases alike', () => {
    const names: SearchTerm[] = [...terms, { type: 'Model', slug: 'llama-3-1', term: 'Llama 3.1', aliases: [] }];
    expect(toWire(names).models).toEqual([['llama-3-1', 'Llama 3.1']]);
    expect(fromWire(JSON.parse(JSON.stringify(toWire(names))))).toEqual(names);
  });
});
