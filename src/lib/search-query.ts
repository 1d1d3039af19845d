/**
 * How a reader's query becomes what the index is asked: the words that carry meaning, in the
 * spelling the site's pages use. Pagefind matches every word it is given and knows neither
 * British spellings nor stop words, so "what licence is mistral under" has to become "license
 * mistral" before it reaches the index.
 */

import { editDistance } from './fuzzy';

/** Words that carry no meaning in a query: they neither filter, nor rank, nor get highlighted. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for from with without into onto over under about as than then ' +
    'is are was were be been being am do does did done have has had having can could may might must shall should will would ' +
    'i me my we us our you your he she it its they them their this that these those there here ' +
    'what which who whom whose why how when where whether ' +
    'not no yes so too very just also any all some each every more most much many such own same other ' +
    'vs versus between difference differences ' +
    'please tell explain mean means meaning stand stands acronym abbreviation'
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
  /**
   * Whether the reader asked a question, so an answer written for it should come first. A
   * comparison ("gguf vs safetensors") is not one: an answer that merely mentions both is no better
   * than the pages about each.
   */
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
  const comparison = /\b(vs\.?|versus|difference between)\b/i.test(text);
  const question = !comparison && (/\?$/.test(text) || /^(what|which|who|why|how|when|where|is|are|can|could|do|does|should|will|may)\b/i.test(text));
  return { text, terms, query: terms.join(' '), question };
}

/** A name the site knows (a glossary term or a model release), with the other names it goes by. */
export interface NamedThing {
  term: string;
  aliases: readonly string[];
}

/** An alias's meaningful words and the words of the name it stands for. */
export interface Synonym {
  from: readonly string[];
  to: readonly string[];
}

/**
 * The glossary's aliases as synonyms: "aup" stands for "acceptable use policy", "osi" for "open
 * source initiative". Aliases whose words are already the name's ("licence" for "license") are left
 * out, longest first so "apache 2.0 license" wins over "apache".
 */
export function synonymsOf(named: readonly NamedThing[]): Synonym[] {
  const synonyms: Synonym[] = [];
  for (const thing of named) {
    const to = planQuery(thing.term).terms;
    for (const alias of thing.aliases) {
      const from = planQuery(alias).terms;
      if (from.length && from.join(' ') !== to.join(' ')) synonyms.push({ from, to });
    }
  }
  return synonyms.sort((a, b) => b.from.length - a.from.length);
}

/** The terms with every alias replaced by the words of its name; the same array when none applies. */
export function withSynonyms(terms: readonly string[], synonyms: readonly Synonym[]): readonly string[] {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < terms.length; ) {
    const match = synonyms.find((s) => s.from.every((w, k) => terms[i + k] === w));
    if (match) {
      out.push(...match.to);
      i += match.from.length;
      changed = true;
    } else out.push(terms[i++] as string);
  }
  return changed ? [...new Set(out)] : terms;
}

/** Every word in the site's names and aliases, for correcting typos in queries. */
export function vocabularyOf(named: readonly NamedThing[]): Set<string> {
  const words = new Set<string>();
  for (const thing of named) for (const name of [thing.term, ...thing.aliases]) for (const w of planQuery(name).terms) words.add(w);
  return words;
}

/**
 * The terms with each misspelt name corrected ("lama" → "llama", "mistrel" → "mistral"), or
 * undefined when no word is close to a name. Only letters-only words of four or more letters that are
 * not names themselves are corrected, each to the closest name within one edit (two for words of
 * seven letters or more); ties go to the name sharing the first letter.
 */
export function correctedTerms(terms: readonly string[], vocabulary: ReadonlySet<string>): string[] | undefined {
  let changed = false;
  const out = terms.map((term) => {
    if (vocabulary.has(term) || term.length < 4 || !/^\p{L}+$/u.test(term)) return term;
    const allowed = term.length >= 7 ? 2 : 1;
    let best: { word: string; d: number } | undefined;
    for (const word of vocabulary) {
      if (Math.abs(word.length - term.length) > allowed) continue;
      const d = editDistance(term, word) - (word[0] === term[0] ? 0.5 : 0);
      if (d <= allowed && (!best || d < best.d)) best = { word, d };
    }
    if (!best) return term;
    changed = true;
    return best.word;
  });
  return changed ? out : undefined;
}
