import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGlossaryTerms } from '@/build/glossary-files';
import { GlossaryMatcher } from '@/lib/glossary-matcher';
import { mdxToJs } from 'satteri';
import { explicitTerms, glossaryLinker, UnknownTermError } from '@/build/markdown/glossary-linker';
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
  const preview = (term: string) => ({ term, definition: `What ${term} means.` });
  const linker = glossaryLinker({
    terms: [
      { slug: 'license', names: ['License'], preview: preview('License') },
      { slug: 'model-card', names: ["model's card"], preview: preview('Model card') },
    ],
    include: () => true,
  });
  // As the mdx integration compiles articles: with `optimize`, which joins plain HTML into strings.
  const compile = async (source: string) =>
    (
      await mdxToJs(source, {
        fileURL: new URL('file:///site/content/articles/x.mdx'),
        hastPlugins: [linker],
        jsxImportSource: 'astro',
        elementAttributeNameCase: 'html',
        optimizeStatic: { component: 'Fragment', prop: 'set:html', ignoreElements: ['h2', 'h3'] },
      })
    ).code;
  /** The article's HTML strings, as the page will print them. */
  const htmlOf = (code: string) => [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1] as string) as string).join('');

  it('links the first mention of each term with its preview, and leaves headings, code, links, tables and components alone', async () => {
    const code = await compile(
      "## License\n\nThe `license` and [license](/x/) stay, as does <Note>license</Note>.\n\n| License |\n| --- |\n| license |\n\nA license, then another license; the model's card.\n",
    );
    const html = htmlOf(code);
    expect(html).toContain(`A ${termLinkHtml('license', preview('License'), 'license')}, then another license;`);
    expect(html).toContain(`the ${termLinkHtml('model-card', preview('Model card'), 'model&#39;s card')}.`);
    expect(html.match(/<span class="term">/g)).toHaveLength(2);
    expect(code).toMatch(/_components\.h2, \{\s*children: "License"/);
    expect(html).toContain('<code>license</code>');
    expect(html).toContain('<a href="/x/">license</a>');
    expect(code).toMatch(/Note, \{\s*children: "license"/);
    expect(html).toMatch(/<th>License<\/th>[\s\S]*<td>license<\/td>/);
  });

  it('tells pages which terms an article links to, explicit <Term> elements first', async () => {
    const { data } = await mdxToJs('<Term slug="model-card">card</Term> and a license.\n', {
      fileURL: new URL('file:///site/content/articles/x.mdx'),
      hastPlugins: [linker],
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    expect(data.astro?.frontmatter['glossaryTerms']).toEqual(['model-card', 'license']);
  });

  it('renders the link and its preview, with every piece of text escaped', () => {
    const html = termLinkHtml('open-weights', { term: 'Open <weights>', definition: 'Weights you can "download" & run.' }, 'open&nbsp;weights');
    expect(html).toBe(
      '<span class="term"><a href="/glossary/open-weights/" aria-describedby="tip-open-weights">open&nbsp;weights</a>' +
        '<span id="tip-open-weights"><strong>Open &lt;weights&gt;:</strong> Weights you can &quot;download&quot; &amp; run.</span></span>',
    );
  });
});

describe('links to model pages', () => {
  const preview = (term: string) => ({ term, definition: `What ${term} means.` });
  const linker = glossaryLinker({
    terms: [{ slug: 'community-license', names: ['Community License'], preview: preview('Community license') }],
    include: (path) => path.includes('/articles/'),
    models: [
      { slug: 'llama-3-1', name: 'Llama 3.1', href: '/models/llama-3-1/' },
      { slug: 'qwen3', name: 'Qwen3', href: '/models/qwen3/' },
      { slug: 'qwen3-5', name: 'Qwen3.5', href: '/models/qwen3-5/' },
    ],
    includeModels: (path) => path.includes('/articles/') || path.includes('/glossary/'),
  });
  const html = async (source: string, path: string) =>
    [
      ...(
        await mdxToJs(source, { fileURL: new URL(`file:///site/content/${path}`), hastPlugins: [linker], jsxImportSource: 'astro', optimizeStatic: { component: 'Fragment', prop: 'set:html' } })
      ).code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g),
    ]
      .map((m) => JSON.parse(m[1] as string) as string)
      .join('');

  it('links the first mention of a release to its page, the longest name first', async () => {
    const out = await html('Qwen3.5 came after Qwen3, and Llama 3.1 before both; Llama 3.1 again.\n', 'articles/a.mdx');
    expect(out).toContain('<a href="/models/qwen3-5/" class="model-link">Qwen3.5</a> came after <a href="/models/qwen3/" class="model-link">Qwen3</a>');
    expect(out.match(/model-link/g)).toHaveLength(3);
  });

  it('links releases in glossary entries too, but no glossary terms there', async () => {
    const out = await html('Llama 3.1 uses a Community License.\n', 'glossary/x.md');
    expect(out).toContain('<a href="/models/llama-3-1/" class="model-link">Llama 3.1</a>');
    expect(out).not.toContain('class="term"');
  });
});

describe('glossary terms read at config time', () => {
  const glossaryWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'owe-glossary-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const entry = (front: string) => `---\n${front}\nrelated: []\nupdated: 2026-11-23\n---\nBody.\n`;

  it('gives the linker each term with its aliases and preview, cleaned as the content layer cleans them', () => {
    const dir = glossaryWith({ 'lora.md': entry('term: " LoRA "\naliases: [Low-Rank Adaptation, lora]\ndefinition: A way to fine-tune a model by training small added matrices instead of all weights.') });
    try {
      expect(readGlossaryTerms(dir)).toEqual([
        {
          slug: 'lora',
          names: ['LoRA', 'low-rank adaptation', 'lora'],
          preview: { term: 'LoRA', definition: 'A way to fine-tune a model by training small added matrices instead of all weights.' },
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and the field when a term cannot be read', () => {
    const dir = glossaryWith({ 'gguf.md': entry('term: GGUF\ndefinition: A *file* format.') });
    try {
      expect(() => readGlossaryTerms(dir)).toThrow(/^content\/glossary\/gguf\.md:3: definition: Too short: write at least 30 characters\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names both files and the line when two entries share a name', () => {
    const definition = 'definition: A file format that stores the weights of a model in one file.';
    const dir = glossaryWith({
      'gguf.md': entry(`term: GGUF\naliases: [gguf file, Safetensors]\n${definition}`),
      'safetensors.md': entry(`term: safetensors\n${definition}`),
    });
    try {
      expect(() => readGlossaryTerms(dir)).toThrow(
        'content/glossary/safetensors.md:2: "safetensors" is also a name of content/glossary/gguf.md:3: a name links to one term only, so keep it on one of the two entries.',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
