/** The content contract: one schema per collection. Plain zod, so unit tests run them directly. */
import { z } from 'astro/zod';
import { CELL_VALUES } from './cell-values';
import { parseCalendarDate } from './dates';
import { nonPublicHost } from './public-url';

/** Slugs are file names: lower-case words joined by hyphens. */
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a slug: lower-case letters, digits and single hyphens, e.g. "model-card".');

const slugList = z.array(slug).default([]);

/**
 * A full https:// address that any reader can open: no user name or password in it, and a host on
 * the public internet (no loopback, private, link-local or local-only names).
 */
const publicHttpsUrl = (message: string) =>
  z.url({ protocol: /^https$/, message }).superRefine((value, ctx) => {
    const url = new URL(value);
    const host = nonPublicHost(url);
    if (host) ctx.addIssue({ code: 'custom', message: `${url.host} is ${host}: readers cannot open it. Link to the public page instead.` });
    if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'Remove the user name and password from the address.' });
  });

const source = z.object({
  /** What the reader sees in the list of sources. */
  title: z.string().trim().min(3, 'Give the source a title a reader recognises.'),
  /** A public https address. */
  url: publicHttpsUrl('Sources need a full https:// URL.'),
});

/** Public sources for the facts on a page; the message says how many this kind of page needs. */
const sourceList = (min: number, message: string) => z.array(source).min(min, message);
/** A public https address. */
const httpsUrl = publicHttpsUrl('Use a full https:// URL.');

const sources = sourceList(1, 'List at least one public source (title and url) for the facts on this page.');

/**
 * A calendar date written YYYY-MM-DD. YAML reads an unquoted one as a date itself (rolling
 * 2026-02-30 over to March 2), so the content loader checks each as written as well
 * (src/build/content-rules.ts), and that it is not in the future.
 */
export const contentDate = z.preprocess(
  (value) => (typeof value === 'string' ? (parseCalendarDate(value.trim()) ?? value) : value),
  z.date({ error: (issue) => (issue.input === undefined ? 'Missing: write a date as YYYY-MM-DD.' : 'Write a real date as YYYY-MM-DD.') }),
);

// Astro prints each message after the path of its field ("definition: ..."), so no message
// names its own field.

/** Text with no Markdown or HTML: it is shown as it is, in previews, meta descriptions and tables. */
const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `Too short: write at least ${min} characters.`)
    .max(max, `Too long: write at most ${max} characters.`)
    .refine((s) => !/[*_`[\]<>]/.test(s), 'Shown as plain text: remove Markdown or HTML.');

export const articleSchema = z.object({
  /** Sentence-case title; becomes the H1 and the <title>. */
  title: z.string().trim().min(10, 'Write at least 10 characters.').max(70, 'Write at most 70 characters (search results cut longer ones).'),
  /** Plain-text summary for search results, link previews and the meta description. */
  description: plainText(50, 170),
  /** Position in the suggested reading order (1 = first). */
  order: z.number().int().positive(),
  /** Date the article was first published: the feed and search engines date it by this. */
  published: contentDate,
  /** Date the content was last reviewed. */
  updated: contentDate,
  sources: sourceList(2, 'Articles need at least two public sources (title and url).'),
  /** Next steps shown at the end of the article. */
  next: z
    .object({
      articles: slugList,
      terms: slugList,
      faq: slugList,
    })
    .default({ articles: [], terms: [], faq: [] }),
}).refine((a) => a.published.getTime() <= a.updated.getTime(), {
  path: ['published'],
  message: 'An article cannot be published after its last review: make `updated` the same day as `published` or later.',
});

export const glossarySchema = z.object({
  /** The term as it is displayed. */
  term: z.string().trim().min(2),
  /** Other names and spellings (British/American, abbreviations, plurals); matched when linking and searching. */
  aliases: z
    .array(z.string().trim().toLowerCase().min(2))
    .default([])
    .transform((list) => [...new Set(list)]),
  /** One sentence that can stand alone in a preview. */
  definition: plainText(30, 260).refine(
    (s) => /[.!?]$/.test(s) && !/[.!?]\s+[A-Z]/.test(s),
    'Write exactly one sentence, ending with a full stop.',
  ),
  related: slugList,
  /** Date the entry was last reviewed. */
  updated: contentDate,
  sources,
});

/** FAQ categories, in the order the FAQ page lists them, with the heading each gets there. */
export const FAQ_CATEGORY_LABELS = {
  basics: 'The basics',
  licensing: 'Licenses and commercial use',
  running: 'Running models',
  building: 'Building on a model',
  trust: 'Safety, privacy and trust',
} as const;

type FaqCategory = keyof typeof FAQ_CATEGORY_LABELS;
export const FAQ_CATEGORIES = Object.keys(FAQ_CATEGORY_LABELS) as [FaqCategory, ...FaqCategory[]];

export const faqSchema = z.object({
  /** The question as a reader asks it. */
  question: z.string().trim().min(8).endsWith('?', 'End the question with a question mark.'),
  category: z.enum(FAQ_CATEGORIES, { message: `Use one of ${FAQ_CATEGORIES.join(', ')}.` }),
  /** Position inside its category. */
  order: z.number().int().positive(),
  /** Position among the questions the home page lists as asked most often; leave out elsewhere. */
  featured: z.number().int().positive().optional(),
  related: z
    .object({ articles: slugList, terms: slugList, faq: slugList })
    .default({ articles: [], terms: [], faq: [] }),
  /** Date the answer was last reviewed. */
  updated: contentDate,
  sources,
});

const cellValue = z.enum(CELL_VALUES, { message: `Use one of ${CELL_VALUES.join(', ')}, or free text.` });
const freeText = z.string().trim().min(1).max(140, 'free text in a cell: at most 140 characters; move detail to a note.');

const cell = z.union([
  cellValue,
  freeText,
  z
    .object({
      value: cellValue.optional(),
      text: freeText.optional(),
      /** Footnote shown under the table, linked both ways. */
      note: z.string().trim().min(3).max(400).optional(),
      /** Id of an entry in the table's `sources`. */
      source: slug.optional(),
      /** Date this cell's fact was checked, when it differs from the table's. */
      asOf: contentDate.optional(),
    })
    .strict()
    .refine((c) => c.value !== undefined || c.text !== undefined, 'a cell needs a value or a text.'),
]);

export const comparisonSchema = z
  .object({
    caption: z.string().trim().min(5),
    summary: z.string().trim().optional(),
    /** Header of the first column, which holds the row labels. */
    rowHeading: z.string().trim().min(1),
    /** Date the table's facts were checked. */
    asOf: contentDate.optional(),
    columns: z
      .array(
        z
          .object({
            key: slug,
            label: z.string().trim().min(1),
            term: slug.optional(),
            group: z.string().trim().optional(),
          })
          .strict(),
      )
      .min(1),
    rows: z
      .array(
        z
          .object({
            label: z.string().trim().min(1),
            /** Stable name for code that reads this row (the openness explorer); readers never see it. */
            key: slug.optional(),
            term: slug.optional(),
            cells: z.record(z.string(), cell),
          })
          .strict(),
      )
      .min(1),
    sources: z
      .array(source.extend({ id: slug }))
      .default([]),
  })
  .strict()
  .superRefine((table, ctx) => {
    const keys = table.columns.map((c) => c.key);
    const sourceIds = new Set(table.sources.map((s) => s.id));
    table.rows.forEach((row, r) => {
      for (const key of keys) {
        if (!(key in row.cells)) {
          ctx.addIssue({ code: 'custom', path: ['rows', r, 'cells', key], message: `row "${row.label}" has no cell for column "${key}".` });
        }
      }
      for (const [key, value] of Object.entries(row.cells)) {
        if (!keys.includes(key)) {
          ctx.addIssue({ code: 'custom', path: ['rows', r, 'cells', key], message: `row "${row.label}" has a cell "${key}" but the columns are ${keys.join(', ')}.` });
        }
        if (typeof value === 'object' && value.source && !sourceIds.has(value.source)) {
          ctx.addIssue({ code: 'custom', path: ['rows', r, 'cells', key, 'source'], message: `row "${row.label}", cell "${key}": source "${value.source}" is not in the table's sources (${[...sourceIds].join(', ') || 'none'}).` });
        }
      }
    });
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    if (dupes.length) ctx.addIssue({ code: 'custom', path: ['columns'], message: `column keys must be unique: ${dupes.join(', ')} repeats.` });
    const rowKeys = table.rows.flatMap((r) => (r.key ? [r.key] : []));
    const rowDupes = rowKeys.filter((k, i) => rowKeys.indexOf(k) !== i);
    if (rowDupes.length) ctx.addIssue({ code: 'custom', path: ['rows'], message: `row keys must be unique: ${rowDupes.join(', ')} repeats.` });
  });

/**
 * A model family (content/families/<id>.yaml): one row of the model-families table. Everything
 * that changes with a release (licences, what is published, where it sits on the spectrum) is
 * read from the family's releases in content/models, never written here.
 */
export const familySchema = z
  .object({
    name: z.string().trim().min(2),
    publisher: z.string().trim().min(2),
    /** Position in the model-families table. */
    order: z.number().int().positive(),
    /** The publisher's page for the whole family (a collection or documentation page). */
    card: httpsUrl,
  })
  .strict();


/** The kinds of licence the licence checker tells apart. */
export const LICENSE_KIND_IDS = ['permissive', 'community', 'research'] as const;

/** One licence text (content/licenses/<id>.yaml): every release under it reads its terms from here. */
export const licenseSchema = z
  .object({
    /** The licence's own name, with its version: "Llama 3.1 Community License Agreement". */
    name: z.string().trim().min(3).max(90),
    /** A short name for tables: "Llama 3.1 Community License". */
    short: z.string().trim().min(3).max(40),
    /** Who wrote it. */
    publisher: z.string().trim().min(2),
    /** How the licence checker groups it: permissive (Apache 2.0, MIT), community (custom terms that allow commercial use with conditions), research (no commercial use). */
    kind: z.enum(LICENSE_KIND_IDS, { message: `Use one of ${LICENSE_KIND_IDS.join(', ')}.` }),
    /** The licence text itself. */
    url: httpsUrl,
    /** Whether the Open Source Initiative has approved the licence (Apache 2.0 and MIT are; custom model licences are not). */
    osiApproved: z.boolean(),
    /** Commercial use: allowed, allowed with conditions, or not allowed. */
    commercialUse: z.enum(['yes', 'conditions', 'no'], { message: 'Use yes, conditions or no.' }),
    /** A limit on the licensee's monthly active users above which the licence grants nothing without a further agreement. */
    userLimit: z.object({ monthlyActiveUsers: z.number().int().positive(), detail: plainText(20, 300) }).strict().optional(),
    /** A limit on the licensee's monthly revenue, in US dollars. */
    revenueLimit: z.object({ monthlyUsd: z.number().int().positive(), detail: plainText(20, 300) }).strict().optional(),
    /** An acceptable use policy that the licence makes part of its terms. */
    acceptableUse: z.object({ title: z.string().trim().min(3), url: httpsUrl }).strict().optional(),
    /** What passing the weights on to others requires, in plain words. */
    redistribution: plainText(20, 400),
    /** Whether and how offering the model to others as a service (an app, a website, an API) brings duties. */
    hosting: plainText(20, 400),
    /** Rules for fine-tuned and derived models: which terms they carry, what they may be called, whether outputs count. */
    derivatives: plainText(20, 400),
    /** Attribution or naming that the licence requires, in plain words; leave out when it asks only to keep notices. */
    attribution: plainText(20, 300).optional(),
    /** One or two plain sentences: what the licence lets you do, and the catch. */
    summary: plainText(40, 400),
    /** Date the text was last checked against the licence. */
    checked: contentDate,
    sources,
  })
  .strict();

/** The components of a release whose openness the model pages show, in order. */
export const OPENNESS_COMPONENTS = [
  'weights',
  'inferenceCode',
  'trainingCode',
  'trainingData',
  'dataInformation',
  'technicalReport',
  'evaluationCode',
] as const;

/** Whether one component of a release is public, with the page that shows it. */
const opennessComponent = z
  .object({
    /** yes, partial or no (the closed vocabulary of the comparison tables). */
    value: z.enum(['yes', 'partial', 'no'], { message: 'Use yes, partial or no.' }),
    /** What is there, or what is missing, in plain words. */
    note: plainText(10, 300).optional(),
    /** The public page that shows it (for "no": the page where it would be, such as the model card). */
    evidence: httpsUrl,
    /** Date the evidence was checked. */
    checked: contentDate,
  })
  .strict();

/** One size of a release, as its publisher ships it. */
const modelSize = z
  .object({
    /** As the publisher names it: "8B", "Scout 17B-16E". */
    name: z.string().trim().min(1).max(40),
    /** Exact total parameter count, from the weights' metadata or the config (not the rounded figure on the card). */
    parameters: z.number().int().positive(),
    /** Parameters used per token, for mixture-of-experts models. */
    activeParameters: z.number().int().positive().optional(),
    /** From config.json, for the memory calculator's KV-cache arithmetic: num_hidden_layers, num_key_value_heads, head_dim (or hidden_size ÷ num_attention_heads). */
    layout: z.object({ layers: z.number().int().positive(), kvHeads: z.number().int().positive(), headDim: z.number().int().positive() }).strict().optional(),
    /** Where to download it: the publisher's own account (a Hugging Face repository or the publisher's site). */
    download: httpsUrl,
    /** Offer this size as a preset in the memory calculator (it needs a layout). */
    preset: z.boolean().default(false),
  })
  .strict()
  .refine((s) => !s.preset || s.layout !== undefined, { message: 'A size offered as a calculator preset needs its layout.', path: ['layout'] })
  .refine((s) => s.activeParameters === undefined || s.activeParameters < s.parameters, { message: 'Active parameters must be fewer than the total.', path: ['activeParameters'] });

/** One model release (content/models/<slug>.yaml): the page /models/<slug>/ and every fact about it. */
export const modelSchema = z
  .object({
    /** The release as people name it: "Llama 3.1", "DeepSeek-R1". */
    name: z.string().trim().min(2).max(40),
    /** Its family: a file name in content/families. */
    family: slug,
    publisher: z.string().trim().min(2),
    /** Date the weights were first published. */
    released: contentDate,
    /** Its licence: a file name in content/licenses. */
    license: slug,
    /** Sizes whose licence differs from the release's (for example distilled models that keep their base model's terms). */
    licenseNote: plainText(20, 300).optional(),
    /** One sentence on what the release is. */
    summary: plainText(40, 260),
    sizes: z.array(modelSize).min(1, 'List at least one size.'),
    openness: z.object(Object.fromEntries(OPENNESS_COMPONENTS.map((c) => [c, opennessComponent])) as Record<(typeof OPENNESS_COMPONENTS)[number], typeof opennessComponent>).strict(),
    /** The Open Source Initiative's verdict, only where it has published one for this release or its family. */
    osi: z.object({ status: z.enum(['validated', 'not-open-source']), detail: plainText(20, 300), url: httpsUrl }).strict().optional(),
    /** Model Openness Framework class, only where one is publicly stated (for example in the Model Openness Tool). */
    mofClass: z.object({ class: z.enum(['I', 'II', 'III']), url: httpsUrl }).strict().optional(),
    /** The publisher's model card or release page. */
    card: httpsUrl,
    /** Date the facts on this page were last checked. */
    checked: contentDate,
    sources,
  })
  .strict();

/** A pair of releases compared on a page of its own (an entry of content/tools/popular-comparisons.yaml). */
export const comparisonPairSchema = z
  .object({
    /** Two release slugs from content/models. */
    models: z.tuple([slug, slug], { message: 'List two release slugs from content/models.' }),
  })
  .strict()
  .refine((p) => p.models[0] !== p.models[1], 'Compare two different releases.');

/** What one part of a licence usually says under one kind of licence, and how the checker marks it. */
const checkerNote = z
  .object({
    /** usual: usually allowed; read: read closely; barrier: usually needs a separate agreement. */
    status: z.enum(['usual', 'read', 'barrier'], { message: 'Use usual, read or barrier.' }),
    text: plainText(30, 500),
  })
  .strict();

/** One topic of the licence checker (an entry of content/tools/license-checker.yaml). */
export const checkerTopicSchema = z
  .object({
    /** The heading the reader sees. */
    title: z.string().trim().min(5).max(60),
    /** Glossary terms and FAQ answers that explain the topic. */
    terms: slugList,
    faq: slugList,
    /** What the topic usually looks like under each kind of licence; "unknown" when the reader does not know the licence yet. */
    notes: z.object({ permissive: checkerNote, community: checkerNote, research: checkerNote, unknown: checkerNote }).partial().strict(),
  })
  .strict();
