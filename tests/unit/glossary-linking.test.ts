import { describe, expect, it } from 'vitest';
import { GlossaryMatcher } from '@/lib/glossary-matcher';
import { mdxToJs } from 'satteri';
import { explicitTerms, glossaryLinker, UnknownTermError } from '@/lib/glossary-linker';
import { termLinkHtml } from '@/lib/term-link';

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

describe('glossary links in compiled articles', () => {
  const linker = glossaryLinker({ terms: [{ slug: 'license', names: ['License'] }, { slug: 'model-card', names: ["model's card"] }], include: () => true });
  const compile = (source: string) => (mdxToJs(source, { filePath: '/site/content/articles/x.mdx', mdastPlugins: [linker] } as Parameters<typeof mdxToJs>[1]) as { code: string }).code;

  it('writes the first mention of each term as a props.term call, and leaves headings, code and links alone', () => {
    const code = compile("## License\n\nThe `license` and [license](/x/) stay. A license, then another license; the model's card.\n");
    expect(code).toContain('props.term("license", "license")');
    expect(code).toContain(`props.term("model-card", "model's card")`);
    expect(code.match(/props\.term\(/g)).toHaveLength(2);
    expect(code).toMatch(/_components\.h2, \{\s*children: "License"/);
    expect(code).toMatch(/_components\.code, \{\s*children: "license"/);
    expect(code).toMatch(/href: "\/x\/",\s*children: "license"/);
  });

  it('renders the link and its preview, with every piece of text escaped', () => {
    const html = termLinkHtml('open-weights', { term: 'Open <weights>', definition: 'Weights you can "download" & run.' }, 'open&nbsp;weights');
    expect(html).toBe(
      '<span class="term"><a href="/glossary/open-weights/" class="term-link" aria-describedby="tip-open-weights">open&nbsp;weights</a>' +
        '<span role="tooltip" id="tip-open-weights" class="term-tip" data-pagefind-ignore><strong>Open &lt;weights&gt;:</strong> Weights you can &quot;download&quot; &amp; run.</span></span>',
    );
  });
});
