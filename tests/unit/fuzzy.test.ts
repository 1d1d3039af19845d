import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '@/lib/fuzzy';

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('wieghts', 'weights')).toBe(1);
    expect(editDistance('quantizaton', 'quantization')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('suggestions', () => {
  const terms = [
    { slug: 'quantization', names: ['Quantization', 'quantisation'] },
    { slug: 'open-weights', names: ['Open weights', 'open-weight'] },
    { slug: 'lora', names: ['LoRA'] },
  ];
  const names = (t: (typeof terms)[number]) => t.names;
  it('finds the term behind common typos and spellings', () => {
    expect(suggest('quantizaton', terms, names)[0]?.slug).toBe('quantization');
    expect(suggest('open wieghts', terms, names)[0]?.slug).toBe('open-weights');
    expect(suggest('Quantisaton', terms, names)[0]?.slug).toBe('quantization');
  });
  it('stays quiet for short or unrelated queries', () => {
    expect(suggest('lo', terms, names)).toEqual([]);
    expect(suggest('banana bread', terms, names)).toEqual([]);
  });
});
