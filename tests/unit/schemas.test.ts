import { describe, expect, it } from 'vitest';
import { articleSchema, comparisonSchema, faqSchema, glossarySchema } from '@/lib/schemas';
import { assertReferences } from '@/lib/references';
import { escapeRegExp } from '@/lib/regexp';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('comparison tables', () => {
  const table = {
    caption: 'Releases',
    rowHeading: 'What',
    columns: [
      { key: 'open', label: 'Open' },
      { key: 'closed', label: 'Closed' },
    ],
    rows: [{ label: 'Run it', cells: { open: 'yes', closed: 'no' } }],
  };
  it('accepts a well-formed table', () => {
    expect(comparisonSchema.safeParse(table).success).toBe(true);
  });
  it('names the row and the cell that is missing or unexpected', () => {
    const result = comparisonSchema.safeParse({ ...table, rows: [{ label: 'Run it', cells: { open: 'yes', shut: 'no' } }] });
    expect(messages(result)).toEqual([
      'rows.0.cells.closed: row "Run it" has no cell for column "closed".',
      'rows.0.cells.shut: row "Run it" has a cell "shut" but the columns are open, closed.',
    ]);
  });
  it('names a cell whose source id is not listed', () => {
    const result = comparisonSchema.safeParse({ ...table, rows: [{ label: 'Run it', cells: { open: { text: 'x', source: 'osi' }, closed: 'no' } }] });
    expect(messages(result)).toEqual(['rows.0.cells.open.source: row "Run it", cell "open": source "osi" is not in the table\'s sources (none).']);
  });
  it('rejects an object cell with neither value nor text', () => {
    const result = comparisonSchema.safeParse({ ...table, rows: [{ label: 'Run it', cells: { open: { note: 'Only a note' }, closed: 'no' } }] });
    expect(messages(result)).toContain('rows.0.cells.open: a cell needs a value or a text.');
  });
});

describe('articles', () => {
  const article = {
    title: 'What open weights are',
    description: 'A model’s weights are the numbers it learned; here is what publishing them means for you.',
    order: 1,
    published: '2026-11-02',
    updated: '2026-11-23',
    sources: [
      { title: 'OSAID', url: 'https://opensource.org/ai/open-source-ai-definition' },
      { title: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    ],
  };
  it('accepts a complete article and fills empty next steps', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.next).toEqual({ articles: [], terms: [], faq: [] });
    expect(parsed.updated).toEqual(new Date('2026-11-23'));
  });
  it('explains a missing source list once, and an http source', () => {
    expect(messages(articleSchema.safeParse({ ...article, sources: [] }))).toEqual(['sources: Articles need at least two public sources (title and url).']);
    expect(messages(articleSchema.safeParse({ ...article, sources: [{ title: 'Plain', url: 'http://example.org' }, article.sources[0]] }))).toEqual([
      'sources.0.url: Sources need a full https:// URL.',
    ]);
  });
  it('cites only sources a reader can open: public hosts, no credentials', () => {
    const cite = (url: string) => messages(articleSchema.safeParse({ ...article, sources: [{ title: 'Cited', url }, article.sources[0]] }));
    const notPublic: [string, string][] = [
      ['https://127.0.0.1/internal', 'a loopback address'],
      ['https://2130706433/', 'a loopback address'],
      ['https://[::1]/', 'a loopback address'],
      ['https://[::ffff:10.0.0.1]/', 'a private network address (10.0.0.0/8)'],
      ['https://10.1.2.3/', 'a private network address (10.0.0.0/8)'],
      ['https://172.20.0.1/', 'a private network address (172.16.0.0/12)'],
      ['https://192.168.1.10/', 'a private network address (192.168.0.0/16)'],
      ['https://169.254.169.254/latest/', 'a link-local address'],
      ['https://[fe80::1]/', 'a link-local address'],
      ['https://[fd12::1]/', 'a private network address (fc00::/7)'],
      ['https://localhost/', 'this machine'],
      ['https://wiki/', 'a name with no domain'],
      ['https://printer.local/', 'a name under .local'],
      ['https://docs.corp.internal/', 'a name under .internal'],
    ];
    for (const [url, why] of notPublic) {
      expect(cite(url), url).toEqual([expect.stringMatching(new RegExp(`^sources\\.0\\.url: \\S+ is ${escapeRegExp(why)}.*readers cannot open it`))]);
    }
    expect(cite('https://user:secret@example.org/')).toEqual(['sources.0.url: Remove the user name and password from the address.']);
    for (const url of ['https://8.8.8.8/', 'https://172.32.0.1/', 'https://arxiv.org/abs/2106.09685', 'https://huggingface.co/docs']) expect(cite(url), url).toEqual([]);
  });
  it('reads dates as written: real days only, and published no later than updated', () => {
    expect(messages(articleSchema.safeParse({ ...article, updated: '2026-02-30' }))).toEqual(['updated: Write a real date as YYYY-MM-DD.']);
    expect(messages(articleSchema.safeParse({ ...article, updated: '23/11/2026' }))).toEqual(['updated: Write a real date as YYYY-MM-DD.']);
    expect(messages(articleSchema.safeParse({ ...article, updated: undefined }))).toEqual(['updated: Missing: write a date as YYYY-MM-DD.']);
    expect(messages(articleSchema.safeParse({ ...article, published: '2026-12-01' }))).toEqual([
      'published: An article cannot be published after its last review: make `updated` the same day as `published` or later.',
    ]);
    expect(articleSchema.parse({ ...article, published: '2026-11-23' }).published).toEqual(new Date('2026-11-23'));
  });
  it('rejects Markdown in the description', () => {
    expect(messages(articleSchema.safeParse({ ...article, description: 'A description with **bold** text that is long enough to pass.' }))).toEqual([
      'description: Shown as plain text: remove Markdown or HTML.',
    ]);
  });
});

describe('glossary and FAQ', () => {
  const term = {
    term: 'LoRA',
    aliases: ['Low-rank adaptation', 'low-rank adaptation', ' LORA '],
    definition: 'A way to fine-tune a model by training small add-on matrices instead of all of its weights.',
    related: ['fine-tuning'],
    updated: '2026-11-23',
    sources: [{ title: 'LoRA paper', url: 'https://arxiv.org/abs/2106.09685' }],
  };
  it('normalises aliases to unique lower-case names', () => {
    expect(glossarySchema.parse(term).aliases).toEqual(['low-rank adaptation', 'lora']);
  });
  it('wants a one-sentence definition', () => {
    expect(messages(glossarySchema.safeParse({ ...term, definition: 'Two sentences here. This is the second one.' }))).toEqual([
      'definition: Write exactly one sentence, ending with a full stop.',
    ]);
  });
  it('checks FAQ questions and categories', () => {
    const result = faqSchema.safeParse({ question: 'Is it free', category: 'pricing', order: 1, updated: '2026-11-23', sources: term.sources });
    expect(messages(result)).toEqual([
      'question: End the question with a question mark.',
      'category: Use one of basics, licensing, running, building, trust.',
    ]);
  });
});

describe('cross-references', () => {
  it('lists every broken reference with its file and field', () => {
    const existing = { articles: new Set(['a']), glossary: new Set(['weights']), faq: new Set<string>(), comparisons: new Set<string>(), families: new Set<string>(), models: new Set<string>(), licenses: new Set<string>() };
    expect(() =>
      assertReferences(
        [
          { file: 'content/articles/a.mdx', field: 'next.terms', collection: 'glossary', slug: 'weights' },
          { file: 'content/articles/a.mdx', field: 'next.faq', collection: 'faq', slug: 'is-llama-open-source' },
        ],
        existing,
      ),
    ).toThrow('content/articles/a.mdx: next.faq names "is-llama-open-source", but there is no content/faq/is-llama-open-source entry.');
  });
});
