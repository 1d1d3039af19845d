/**
 * The editorial rules a schema cannot see: file names, dates as they are written, the length of
 * a body, and what must differ between the entries of a collection. The content loader runs them
 * on every build (src/build/content-rules.ts), so `npm run build` stops on what they find; each
 * problem names the file, the line where there is one, and what to change.
 */
import { calendarDateProblem } from './dates';
import { escapeRegExp } from './regexp';
import { shortAnswerText, wordCount } from './markdown-text';
import { countWords } from './reading-time';

export interface ContentProblem {
  /** The content file, from the project root: "content/faq/are-open-weights-free.md". */
  file: string;
  line?: number | undefined;
  message: string;
}

/** "content/faq/x.md:12", as editors' tools read a location. */
export const formatLocation = ({ file, line }: { file: string; line?: number | undefined }) => `${file}${line ? `:${line}` : ''}`;

/** "content/faq/x.md:12: message". */
export const formatProblem = (problem: ContentProblem) => `${formatLocation(problem)}: ${problem.message}`;

/** The line (from 1) at which `index` falls in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** The first line of `text` that `pattern` matches, or undefined. */
export function lineMatching(text: string, pattern: RegExp): number | undefined {
  const found = pattern.exec(text);
  return found ? lineAt(text, found.index) : undefined;
}

/** The column where a YAML line's content starts, after its indentation and any "- " markers. */
const contentColumn = (line: string) => /^[ \t]*(?:-[ \t]+)*/.exec(line)?.[0].length ?? 0;
const isBlank = (line: string) => !line.trim() || /^\s*#/.test(line);

/**
 * The line (from 1) of a field in YAML, given its path as a schema reports it (["sources", 1,
 * "url"]), following the indentation of block mappings and "- " lists. Undefined when the first
 * key is not written (a missing field); a missing deeper field gives the line of its parent.
 */
export function yamlPathLine(yaml: string, path: readonly PropertyKey[]): number | undefined {
  const lines = yaml.split('\n');
  let at = -1;
  let onItem = false;
  for (const segment of path) {
    let next = -1;
    if (typeof segment === 'number') {
      let indent = -1;
      let seen = -1;
      for (let i = at + 1; i < lines.length && next === -1; i += 1) {
        const line = lines[i] ?? '';
        if (isBlank(line)) continue;
        const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
        const item = /^[ \t]*-(?:[ \t]|$)/.test(line);
        if (indent === -1 && !item) break;
        if (indent === -1) indent = lead;
        if (lead < indent) break;
        if (item && lead === indent && (seen += 1) === segment) next = i;
      }
    } else {
      const key = new RegExp(`^[ \\t]*(?:-[ \\t]+)*${escapeRegExp(String(segment))}[ \\t]*:`);
      let child = -1;
      // The first key of a list item sits on the item's own line.
      for (let i = onItem ? at : at + 1; i < lines.length && next === -1; i += 1) {
        const line = lines[i] ?? '';
        if (isBlank(line)) continue;
        const column = contentColumn(line);
        if (child === -1) child = column;
        if (column < child) break;
        if (column === child && key.test(line)) next = i;
      }
    }
    if (next === -1) return at === -1 ? undefined : at + 1;
    at = next;
    onItem = typeof segment === 'number';
  }
  return at === -1 ? undefined : at + 1;
}

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file name as the slug it would make: lower case, words joined by single hyphens. */
const asSlug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The files of one content folder, each of which is a page or an entry whose id is its name:
 * a name that is not a slug, and two files that would make the same slug (quantization.yml next
 * to quantization.yaml, Quantization.md next to quantization.md), are problems. The content layer
 * would otherwise keep one of the two and only warn.
 */
export function fileNameProblems(folder: string, files: readonly string[], extensions: readonly string[]): ContentProblem[] {
  const bySlug = new Map<string, string[]>();
  for (const name of [...files].sort()) {
    const extension = extensions.find((ext) => name.endsWith(ext));
    if (!extension) continue;
    const slug = asSlug(name.slice(0, -extension.length));
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
  }
  const problems: ContentProblem[] = [];
  for (const [slug, names] of bySlug) {
    const [first = '', ...others] = names;
    if (others.length) {
      problems.push({
        file: `${folder}/${first}`,
        message: `is the same entry ("${slug}") as ${others.map((n) => `${folder}/${n}`).join(', ')}, and only one of them would be published: keep one file and delete the other${others.length > 1 ? 's' : ''}.`,
      });
      continue;
    }
    const extension = extensions.find((ext) => first.endsWith(ext)) ?? '';
    if (!SLUG_FILE.test(first.slice(0, -extension.length))) {
      problems.push({
        file: `${folder}/${first}`,
        message: `the file name is the entry's slug and its page's address, so it may hold only lower-case letters, digits and single hyphens: rename it ${slug}${extension}.`,
      });
    }
  }
  return problems;
}

/**
 * A YAML value that is a date: a `key: 2026-02-30` or `- 2026-02-30` line, quoted or not. YAML
 * reads an unquoted one as a date and rolls an impossible day over, so it is checked as written.
 */
const YAML_DATE = /^[ \t]*(?:-[ \t]+)*(?:([A-Za-z_][\w-]*)[ \t]*:[ \t]+)?(['"]?)(\d{4}-\d{2}-\d{2})((?:[Tt]|[ \t]+)\d[^'"#\n]*)?\2[ \t]*(?:#.*)?$/gm;

/**
 * Dates in a content file's YAML (its front matter, or a whole data file) that are not real days,
 * carry a time, or lie after `today`. `firstLine` is the file line the YAML starts on.
 */
export function yamlDateProblems(file: string, yaml: string, today: Date, firstLine = 1): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of yaml.matchAll(YAML_DATE)) {
    const [, key, , date = '', time] = match;
    const field = key ? `${key}: ` : '';
    const problem = time ? `"${date}${time}" is a time: write the date alone, as ${date}.` : calendarDateProblem(date, today);
    if (problem) problems.push({ file, line: firstLine - 1 + lineAt(yaml, match.index), message: `${field}${problem}` });
  }
  return problems;
}

/** An entry as the body rules read it: its file, its validated data and its Markdown body. */
export interface BodyEntry<D = Record<string, unknown>> {
  file: string;
  data: D;
  body: string;
  /** The file as written, read only to say on which line a problem is. */
  source: () => string;
}

export const ARTICLE_WORDS = { min: 700, max: 2000 } as const;
export const SHORT_ANSWER_MAX_WORDS = 60;
export const GLOSSARY_EXPLANATION_MIN_WORDS = 40;

const UNFINISHED = /\b(TODO|TBD|FIXME|lorem ipsum)\b/i;

/** Placeholder text left in any body. */
function unfinishedText(entry: BodyEntry): ContentProblem[] {
  const found = UNFINISHED.exec(entry.body);
  if (!found) return [];
  const source = entry.source();
  return [{ file: entry.file, line: lineMatching(source, new RegExp(`\\b${found[1]}\\b`, 'i')), message: `unfinished text ("${found[1]}"): finish the passage or remove the marker before publishing.` }];
}

/**
 * Entries that share a value that must be unique (`key`): each group is reported at the first
 * entry's `field` line, naming the others (`describe` gets the value and their files).
 */
function clashes<D>(entries: readonly BodyEntry<D>[], key: (data: D) => string, describe: (value: string, others: string) => string, field: RegExp): ContentProblem[] {
  const byValue = new Map<string, BodyEntry<D>[]>();
  for (const entry of entries) byValue.set(key(entry.data), [...(byValue.get(key(entry.data)) ?? []), entry]);
  return [...byValue]
    .filter(([, same]) => same.length > 1)
    .map(([value, same]) => {
      const [first, ...others] = [...same].sort((a, b) => a.file.localeCompare(b.file)) as [BodyEntry<D>, ...BodyEntry<D>[]];
      return { file: first.file, line: lineMatching(first.source(), field), message: describe(value, others.map((e) => e.file).join(', ')) };
    });
}

/** Articles: 700 to 2,000 words each, and a place of their own in the reading order. */
export function articleProblems(entries: readonly BodyEntry<{ order: number }>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const words = countWords(entry.body);
    if (words < ARTICLE_WORDS.min || words > ARTICLE_WORDS.max) {
      problems.push({
        file: entry.file,
        message: `the article has ${words.toLocaleString('en')} words; an article has ${ARTICLE_WORDS.min} to ${ARTICLE_WORDS.max.toLocaleString('en')} (${words < ARTICLE_WORDS.min ? 'a shorter text belongs in a FAQ answer or a glossary entry' : 'split a longer one into two articles'}).`,
      });
    }
    problems.push(...unfinishedText(entry));
  }
  const free = Math.max(0, ...entries.map((e) => e.data.order)) + 1;
  problems.push(...clashes(entries, (d) => String(d.order), (order, others) => `order: ${order} is also the order of ${others}. Give each article its own place in the reading order (${free} is free).`, /^order:/m));
  return problems;
}

/** FAQ answers: a first paragraph that answers on its own in at most 60 words, and no question asked twice. */
export function faqProblems(entries: readonly BodyEntry<{ question: string }>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const answer = shortAnswerText(entry.body);
    const words = wordCount(answer);
    if (words === 0) {
      problems.push({ file: entry.file, message: `the answer is empty. Its first paragraph is the short answer that the FAQ list, link previews and search engines show: write one that answers the question on its own, in at most ${SHORT_ANSWER_MAX_WORDS} words.` });
    } else if (words > SHORT_ANSWER_MAX_WORDS) {
      const source = entry.source();
      problems.push({
        file: entry.file,
        line: lineAt(source, Math.max(0, source.indexOf(entry.body.trim().slice(0, 40)))),
        message: `the short answer (the first paragraph) has ${words} words; the FAQ list, link previews and search engines show it whole. Keep it to ${SHORT_ANSWER_MAX_WORDS} words and move the detail to the next paragraph.`,
      });
    }
    problems.push(...unfinishedText(entry));
  }
  problems.push(...clashes(entries, (d) => d.question.toLowerCase(), (_q, others) => `question: ${others} asks the same question. Merge the two answers, or reword one.`, /^question:/m));
  return problems;
}

/** Glossary entries: an explanation below the one-sentence definition. */
export function glossaryProblems(entries: readonly BodyEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const words = countWords(entry.body);
    const short: ContentProblem[] =
      words < GLOSSARY_EXPLANATION_MIN_WORDS
        ? [{ file: entry.file, message: `the explanation below the front matter has ${words} words; write at least ${GLOSSARY_EXPLANATION_MIN_WORDS}, so the term's page says more than its preview.` }]
        : [];
    return [...short, ...unfinishedText(entry)];
  });
}
