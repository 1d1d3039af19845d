/** The content contract: one schema per collection. Plain zod, so unit tests run them directly. */
import { z } from 'astro/zod';
import { CELL_VALUES } from './cell-values';
import { SPECTRUM_KEYS } from './openness';

/** Slugs are file names: lower-case words joined by hyphens. */
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a slug: lower-case letters, digits and single hyphens, e.g. "model-card".');

const slugList = z.array(slug).default([]);

const source = z.object({
  /** What the reader sees in the list of sources. */
  title: z.string().trim().min(3, 'Give the source a title a reader recognises.'),
  /** A public https address. */
  url: z.url({ protocol: /^https$/, message: 'Sources need a full https:// URL.' }),
});

/** Public sources for the facts on a page; the message says how many this kind of page needs. */
const sourceList = (min: number, message: string) => z.array(source).min(min, message);
const sources = sourceList(1, 'List at least one public source (title and url) for the facts on this page.');

const date = z.coerce.date({ message: 'Write the date as YYYY-MM-DD.' });

// Astro prints each message after the path of its field ("definition: ..."), so no message
// names its own field.

/** One sentence with no Markdown: it is shown alone in previews and meta descriptions. */
const plainSentence = (min: number, max: number) =>
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
  description: plainSentence(50, 170),
  /** Position in the suggested reading order (1 = first). */
  order: z.number().int().positive(),
  /** Date the content was last reviewed. */
  updated: date,
  sources: sourceList(2, 'Articles need at least two public sources (title and url).'),
  /** Next steps shown at the end of the article. */
  next: z
    .object({
      articles: slugList,
      terms: slugList,
      faq: slugList,
    })
    .default({ articles: [], terms: [], faq: [] }),
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
  definition: plainSentence(30, 260).refine(
    (s) => /[.!?]$/.test(s) && !/[.!?]\s+[A-Z]/.test(s),
    'Write exactly one sentence, ending with a full stop.',
  ),
  related: slugList,
  /** Date the entry was last reviewed. */
  updated: date,
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
  updated: date,
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
      asOf: date.optional(),
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
    asOf: date.optional(),
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

export const MODEL_KINDS = ['open-weight', 'open-source'] as const;

export const modelSchema = z
  .object({
    name: z.string().trim().min(2),
    publisher: z.string().trim().min(2),
    kind: z.enum(MODEL_KINDS),
    order: z.number().int().positive(),
    /** Which releases the facts below cover. */
    versions: z.string().trim().min(2),
    license: z.string().trim().min(2).max(90),
    licenseNote: z.string().trim().min(10),
    weights: cellValue,
    code: cellValue,
    data: cellValue,
    /** Where the family's releases sit on the openness spectrum (keys of SPECTRUM in src/lib/openness.ts); one family can span several points. */
    spectrum: z
      .array(z.enum(SPECTRUM_KEYS, { message: `Use the keys ${SPECTRUM_KEYS.join(', ')}.` }), {
        message: `List where this family's releases sit, using ${SPECTRUM_KEYS.join(', ')}.`,
      })
      .min(1, 'Name at least one point of the openness spectrum.'),
    /** Official model card or release page. */
    card: z.url({ protocol: /^https$/ }),
    /** Date the facts were checked. */
    checked: date,
    sources,
  })
  .strict();

