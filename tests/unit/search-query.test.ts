import { describe, expect, it } from 'vitest';
import { canonicalWord, correctedTerms, isMeaningful, planQuery, synonymsOf, vocabularyOf, withHighlight, withSynonyms } from '@/lib/search-query';

describe('a reader’s query as the index sees it', () => {
  it('keeps the words that carry meaning, in the pages’ spelling', () => {
    expect(planQuery('What licence is Mistral 7B under?')).toEqual({ text: 'What licence is Mistral 7B under?', terms: ['license', 'mistral', '7b'], query: 'license mistral 7b', question: true });
    expect(planQuery('can I use llama commercially').terms).toEqual(['use', 'llama', 'commercially']);
    expect(planQuery('quantised model quality loss').query).toBe('quantized model quality loss');
  });

  it('makes British spellings American, and leaves other words alone', () => {
    expect(['licence', 'licences', 'licenced', 'quantisation', 'optimise', 'tokeniser', 'analyse', 'behaviour'].map(canonicalWord)).toEqual([
      'license',
      'licenses',
      'licensed',
      'quantization',
      'optimize',
      'tokenizer',
      'analyze',
      'behavior',
    ]);
    expect(canonicalWord('Llama')).toBe('llama');
  });

  it('splits hyphenated words as the index does, and keeps version numbers whole', () => {
    expect(planQuery('fine-tune on my own data').terms).toEqual(['fine', 'tune', 'data']);
    expect(planQuery('Qwen2.5 vs Llama 3.1').terms).toEqual(['qwen2.5', 'llama', '3.1']);
  });

  it('treats questions, but not comparisons, as questions an answer should lead', () => {
    expect(planQuery('gemma vs llama').question).toBe(false);
    expect(planQuery('what is the difference between gguf and safetensors?').question).toBe(false);
    expect(planQuery('can I use llama commercially').question).toBe(true);
    expect(planQuery('difference between open weights and open source').terms).toEqual(['open', 'weights', 'source']);
    expect(planQuery('quantization').question).toBe(false);
  });

  it('finds nothing to search in nonsense, one letter or stop words alone', () => {
    expect(planQuery('aaaa').query).toBe('');
    expect(planQuery('x').query).toBe('');
    expect(planQuery('what is the').query).toBe('');
    expect(isMeaningful('is')).toBe(false);
    expect(isMeaningful('gguf')).toBe(true);
  });

  it('puts the meaningful terms, and only those, into a result’s highlight', () => {
    expect(withHighlight('/faq/x/?highlight=is&highlight=llama#part', ['llama', 'commercially'])).toBe('/faq/x/?highlight=llama&highlight=commercially#part');
    expect(withHighlight('/glossary/gguf/', [])).toBe('/glossary/gguf/');
  });

  it('caps a long paste', () => {
    expect(planQuery(`${'word '.repeat(100)}end`).text.length).toBeLessThanOrEqual(200);
  });
});

const NAMES = [
  { term: 'Acceptable use policy', aliases: ['aup', 'acceptable use policies'] },
  { term: 'Apache License 2.0', aliases: ['apache 2.0', 'alv2', 'apache licence 2.0'] },
  { term: 'License', aliases: ['licence', 'licenses'] },
  { term: 'Llama 3.1', aliases: [] },
  { term: 'Mistral 7B', aliases: [] },
];

describe('aliases as synonyms', () => {
  const synonyms = synonymsOf(NAMES);

  it('stand an alias in for the name it abbreviates, inside a longer query too', () => {
    expect(withSynonyms(planQuery('aup violation').terms, synonyms)).toEqual(['acceptable', 'use', 'policy', 'violation']);
    expect(withSynonyms(planQuery('is alv2 like mit').terms, synonyms)).toEqual(['apache', 'license', '2.0', 'like', 'mit']);
  });

  it('leave spellings the query layer already handles, and queries without aliases, as they are', () => {
    const terms = planQuery('licence for llama').terms;
    expect(withSynonyms(terms, synonyms)).toBe(terms);
    expect(synonyms.some((s) => s.from.join(' ') === 'license')).toBe(false);
  });
});

describe('typos in names', () => {
  const vocabulary = vocabularyOf(NAMES);

  it('correct a misspelt name to the closest one', () => {
    expect(correctedTerms(planQuery('lama licence').terms, vocabulary)).toEqual(['llama', 'license']);
    expect(correctedTerms(planQuery('mistrel 7b').terms, vocabulary)).toEqual(['mistral', '7b']);
  });

  it('leave names, numbers, short words and words far from any name alone', () => {
    expect(correctedTerms(planQuery('llama license').terms, vocabulary)).toBeUndefined();
    expect(correctedTerms(planQuery('laptop 7b gpu').terms, vocabulary)).toBeUndefined();
  });
});
