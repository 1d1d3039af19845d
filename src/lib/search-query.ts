/**
 * How a reader's query becomes what the index is asked: the words that carry meaning, in the
 * spelling the site's pages use. Pagefind matches every word it is given and knows neither
 * British spellings nor stop words, so "what licence is mistral under" has to become "license
 * mistral" before it reaches the index.
 */

/** Words that carry no meaning in a query: they neither filter, nor rank, nor get highlighted. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for from with without into onto over under about as than then ' +
    'is are was were be been being am do does did done have has had having can could may might must shall should will would ' +
    'i me my we us our you your he she it its they them their this that these those there here ' +
    'what which who whom whose why how when where whether ' +
    'not no yes so too very just also any all some each every more most much many such own same other ' +
    'vs versus between difference differences compare compared comparison ' +
    'please tell explain mean means meaning'
  ).split(' '),
);

/**
 * British spellings (and other variants) the site's pages write the American way, as word-start
 * patterns: "licence" and "licences" become "license", "quantisation" and "quantised" become
 * "quantization" and "quantized". The glossary's aliases list the same variants for linking.
 */
const SPELLING_RULES: readonly [RegExp, string][] = [
  [/^licenc/, 'licens'],
  [/^quantis/, 'quantiz'],
  [/^optimis/, 'optimiz'],
  [/^tokenis/, 'tokeniz'],
  [/^normalis/, 'normaliz'],
  [/^organis/, 'organiz'],
  [/^recognis/, 'recogniz'],
  [/^customis/, 'customiz'],
  [/^standardis/, 'standardiz'],
  [/^summaris/, 'summariz'],
  [/^minimis/, 'minimiz'],
  [/^maximis/, 'maximiz'],
  [/^analys(e|ed|es|ing)$/, 'analyz$1'],
  [/^behaviour/, 'behavior'],
  [/^colour/, 'color'],
  [/^favour/, 'favor'],
  [/^modell/, 'model'],
  [/^labell/, 'label'],
  [/^catalogue/, 'catalog'],
];

/** One query word in the site's spelling: lower case, British forms made American. */
export function canonicalWord(word: string): string {
  const lower = word.toLowerCase();
  for (const [pattern, replacement] of SPELLING_RULES) if (pattern.test(lower)) return lower.replace(pattern, replacement);
  return lower;
}

export interface QueryPlan {
  /** The query as the reader typed it, tidied. */
  text: string;
  /** The words that carry meaning, in the site's spelling, in order. */
  terms: string[];
  /** What the index is asked: the terms joined. Empty when nothing in the query means anything. */
  query: string;
  /** Whether the reader asked a question or compared things: an answer page should come first. */
  question: boolean;
}

/** A word that is a real word: not one letter, and not one letter repeated ("aaaa", "zzz"). */
const isWordlike = (w: string) => w.length > 1 && !/^(.)\1+$/.test(w);

/** Whether a query word should count towards matching and highlighting. */
export function isMeaningful(word: string): boolean {
  const w = word.toLowerCase();
  return isWordlike(w) && !STOP_WORDS.has(w);
}

/** A result's address with the query's meaningful terms as the words its page highlights. */
export function withHighlight(url: string, terms: readonly string[]): string {
  const [path = url, hash] = url.split('#');
  const [base = path, search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.delete('highlight');
  for (const term of terms) params.append('highlight', term);
  const qs = params.toString();
  return `${base}${qs ? `?${qs}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/** Whether a query has anything to search for yet: one letter, or "what is", has not. */
export const isSearchable = (raw: string) => planQuery(raw).query !== '';

/** The reader's query as the index should see it. */
export function planQuery(raw: string, maxLength = 200): QueryPlan {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, maxLength).trim();
  // Hyphens split words, as the index splits them: "fine-tune", "fine tune" and "finetune" all
  // find the fine-tuning pages, and "open-weight" finds what "open weight" finds.
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}.'+]+/u)
    .map((w) => w.replace(/^[.'+]+|[.'+]+$/g, '').replace(/'s$/, ''))
    .filter(Boolean);
  const terms = [...new Set(words.filter(isMeaningful).map(canonicalWord))];
  const question = /\?$/.test(text) || /^(what|which|who|why|how|when|where|is|are|can|could|do|does|should|will|may)\b/i.test(text) || /\b(vs\.?|versus|difference between)\b/i.test(text);
  return { text, terms, query: terms.join(' '), question };
}
