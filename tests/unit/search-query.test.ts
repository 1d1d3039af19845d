import { describe, expect, it } from 'vitest';
import { canonicalWord, isMeaningful, planQuery, withHighlight } from '@/lib/search-query';

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

  it('treats comparisons and questions as questions', () => {
    expect(planQuery('gemma vs llama').question).toBe(true);
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
