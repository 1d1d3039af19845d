import { describe, expect, it } from 'vitest';
import { GlossaryMatcher } from '@/lib/glossary-matcher';
import { explicitTerms, UnknownTermError } from '@/lib/glossary-linker';

const matcher = new GlossaryMatcher([
  { slug: 'training', names: ['Training'] },
  { slug: 'training-data', names: ['Training data', 'training corpus'] },
  { slug: 'license', names: ['License', 'licence', 'licenses'] },
  { slug: 'open-weights', names: ['Open weights', 'open-weight'] },
  { slug: 'model-card', names: ["Model card", "model's card"] },
]);

describe('glossary matcher', () => {
  it('prefers the longest name at a position', () => {
    expect(matcher.find('The training data was private.', new Set()).map((m) => m.slug)).toEqual(['training-data']);
  });
  it('matches whole words only, any case, British or American spelling', () => {
    const found = matcher.find('Licensing aside, the LICENCE matters.', new Set());
    expect(found).toEqual([{ slug: 'license', start: 21, end: 28, text: 'LICENCE' }]);
  });
  it('links each term once per document across text nodes', () => {
    const taken = new Set<string>();
    expect(matcher.find('A license and another license.', taken)).toHaveLength(1);
    expect(matcher.find('Yet another license.', taken)).toHaveLength(0);
  });
  it('does not match inside hyphenated compounds it does not name', () => {
    expect(matcher.find('pre-training runs', new Set())).toEqual([]);
    expect(matcher.find('an open-weight model', new Set()).map((m) => m.slug)).toEqual(['open-weights']);
  });
  it('treats typographic and straight apostrophes alike', () => {
    expect(matcher.find('Read the model’s card first.', new Set()).map((m) => m.slug)).toEqual(['model-card']);
  });
  it('matches names that start with a dot, and words that follow one', () => {
    const files = new GlossaryMatcher([
      { slug: 'gguf', names: ['GGUF', '.gguf'] },
      { slug: 'safetensors', names: ['Safetensors'] },
    ]);
    expect(files.find('Save it as .gguf, not model.gguf.', new Set()).map((m) => m.text)).toEqual(['.gguf']);
    expect(files.find('A file named x.safetensors', new Set()).map((m) => m.text)).toEqual(['safetensors']);
    expect(files.find('Either (.safetensors) or.GGUF', new Set()).map((m) => m.text)).toEqual(['safetensors', 'GGUF']);
    expect(files.find('non-gguf and gguf_x', new Set())).toEqual([]);
  });
  it('refuses a name claimed by two terms', () => {
    expect(() => new GlossaryMatcher([{ slug: 'a', names: ['llm'] }, { slug: 'b', names: ['LLM'] }])).toThrow(/belongs to both "a" and "b"/);
  });
});

describe('explicit <Term> references', () => {
  it('finds each slug with its line number', () => {
    expect(explicitTerms('one\n<Term slug="lora">LoRA</Term>\nthree <Term slug=\'gguf\'>x</Term>')).toEqual([
      { slug: 'lora', line: 2 },
      { slug: 'gguf', line: 3 },
    ]);
  });
  it('explains an unknown slug with the file, line and a suggestion', () => {
    const err = new UnknownTermError('content/articles/x.mdx', 12, 'licence', ['license', 'licence-terms', 'lora']);
    expect(err.message).toBe(
      'content/articles/x.mdx:12: <Term slug="licence"> names a glossary term that does not exist. Did you mean "license"? Add content/glossary/licence.md or use an existing slug.',
    );
  });
});
